package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library works as a named module: {@code org.anxiao.core} resolves on a module path with its
 * dependencies, and Jackson, itself a named module, reads a school document through the packages
 * the descriptor opens to it (the Immutables implementations are package-private).
 */
class ModulePathTest {
  private static final Set<String> TEST_ONLY = Set.of("junit", "opentest4j", "apiguardian", "quicktheories",
      "surefire", "slf4j-nop", "test-classes", "value-annotations");

  /** Core's classes and its run-time dependencies from this test's class path, as a module path. */
  static Path[] modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(Files::exists)
        .filter(p -> TEST_ONLY.stream().noneMatch(t -> p.toString().contains(t)))
        .toArray(Path[]::new);
  }

  @Test
  void readsASchoolDocumentAsANamedModule() throws Exception {
    ModuleFinder finder = ModuleFinder.of(modulePath());
    Configuration config = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), List.of("org.anxiao.core"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("org.anxiao.core").isPresent());
    ClassLoader loader = layer.findLoader("org.anxiao.core");
    // Indriya looks its services up through the context loader; point it at the layer, not at the
    // copies of the same jars on this test's class path.
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      readAndWrite(loader);
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }

  private static void readAndWrite(ClassLoader loader) throws Exception {

    Class<?> json = loader.loadClass("org.anxiao.core.json.AnxiaoJson");
    assertTrue(json.getModule().isNamed(), "loaded from the module layer, not the class path");
    Object strict = json.getMethod("strict").invoke(null);
    Class<?> documentType = loader.loadClass("org.anxiao.core.school.SchoolDocument");
    String school;
    try (var in = ModulePathTest.class.getResourceAsStream("/org/anxiao/core/module-path-school.json")) {
      school = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Object doc = json.getMethod("read", String.class, Class.class).invoke(strict, school, documentType);
    Object schoolValue = documentType.getMethod("school").invoke(doc);
    assertEquals(640, schoolValue.getClass().getMethod("pupils").invoke(schoolValue));
    String back = (String) json.getMethod("write", Object.class).invoke(strict, doc);
    assertTrue(back.contains("\"grossFloorArea\":{\"value\":\"3200.5\",\"unit\":\"m2\"}"), back);
  }
}
