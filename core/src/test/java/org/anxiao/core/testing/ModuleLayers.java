package org.anxiao.core.testing;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Module-path checks from a class-path test run: the test's class path (less test-only jars and
 * test classes) as a module path, resolved into a fresh layer with one class loader. Used by each
 * module's test that its contributions load as named modules.
 */
public final class ModuleLayers {
  private static final Set<String> TEST_ONLY = Set.of("junit", "opentest4j", "apiguardian", "quicktheories",
      "surefire", "slf4j-nop", "test-classes", "value-annotations", "-tests.jar");

  private ModuleLayers() {}

  /** The test's class path as a module path, test-only entries left out. */
  public static Path[] modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(Files::exists)
        .filter(p -> TEST_ONLY.stream().noneMatch(t -> p.toString().contains(t)))
        .toArray(Path[]::new);
  }

  /** A new layer resolving {@code roots} (and what they require) from {@link #modulePath()}. */
  public static ModuleLayer layer(String... roots) {
    Configuration config = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(modulePath()), ModuleFinder.of(), List.of(roots));
    return ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
  }

  /**
   * Calls the static method {@code method} of {@code type} in {@code layer} with {@code args}, with
   * the layer's loader as the context loader (Indriya finds its services through it); an exception
   * the method throws is rethrown as is.
   */
  public static Object callStatic(ModuleLayer layer, String type, String method, Object... args) throws Throwable {
    ClassLoader loader = layer.findLoader(layer.modules().iterator().next().getName());
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      Class<?> c = loader.loadClass(type);
      for (var m : c.getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == args.length
            && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
          try {
            return m.invoke(null, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } catch (IllegalArgumentException e) {
            continue;
          }
        }
      }
      throw new AssertionError("no static " + type + "." + method + " for " + Arrays.toString(args));
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }
}
