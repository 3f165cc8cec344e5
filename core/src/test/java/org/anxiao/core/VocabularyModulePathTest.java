package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path, a provider module extends core's vocabularies: this test compiles a small
 * module, {@code org.anxiao.testvocab}, that {@code provides org.anxiao.core.spi.AnxiaoVocabulary},
 * resolves it with {@code org.anxiao.core} in a fresh module layer (the class-path test provider is
 * not in that layer), and shows through the layer's loader that core reads its unit code {@code L},
 * its subject kind {@code HAZARD}, its document type {@code hazard-note} with the schema inside the
 * module, and its Jackson mix-in.
 */
class VocabularyModulePathTest {
  private static final String MODULE = "org.anxiao.testvocab";
  private static final String SCHEMA = "META-INF/anxiao/schemas/testvocab/hazard-note.schema.json";

  private static final Map<String, String> SOURCES = Map.of(
      "module-info.java", """
          module org.anxiao.testvocab {
            requires org.anxiao.core;
            exports org.anxiao.testvocab;
            provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.testvocab.LayerVocabulary;
            opens org.anxiao.testvocab to com.fasterxml.jackson.databind;
          }
          """,
      "org/anxiao/testvocab/LayerVocabulary.java", """
          package org.anxiao.testvocab;

          import java.math.BigDecimal;
          import java.util.List;
          import org.anxiao.core.json.DocumentType;
          import org.anxiao.core.spi.AnxiaoVocabulary;
          import org.anxiao.core.spi.MixInRegistrar;
          import org.anxiao.core.spi.SubjectKindContribution;
          import org.anxiao.core.spi.UnitContribution;
          import org.anxiao.core.text.LocalizedText;

          public final class LayerVocabulary implements AnxiaoVocabulary {
            @Override
            public List<UnitContribution> units() {
              return List.of(UnitContribution.scaled("L", "m3", new BigDecimal("0.001")));
            }

            @Override
            public List<SubjectKindContribution> subjectKinds() {
              return List.of(SubjectKindContribution.of("HAZARD", LocalizedText.of("隐患", "hazard")));
            }

            @Override
            public List<DocumentType<?>> documentTypes() {
              return List.of(DocumentType.of("hazard-note", HazardNote.class, LayerVocabulary.class.getModule(),
                  "%s"));
            }

            @Override
            public void mixIns(MixInRegistrar registrar) {
              registrar.mixIn(HazardGrade.class, HazardGradeMixIn.class);
            }

            @Override
            public List<org.anxiao.core.rule.RuleKind<?>> ruleKinds() {
              org.anxiao.core.rule.ParameterSpec<BigDecimal> limit = org.anxiao.core.rule.ParameterSpec.decimal("limit", "L");
              return List.of(org.anxiao.core.rule.RuleKind.of("anxiao.testvocab.spill-limit", List.of(limit), b -> b.get(limit)));
            }
          }
          """.formatted(SCHEMA),
      "org/anxiao/testvocab/HazardNote.java", """
          package org.anxiao.testvocab;

          public record HazardNote(String schemaVersion, org.anxiao.core.finding.Subject hazard, HazardGrade grade,
              org.anxiao.core.unit.Measure spill) {}
          """,
      "org/anxiao/testvocab/HazardGrade.java", """
          package org.anxiao.testvocab;

          public record HazardGrade(String value) {}
          """,
      "org/anxiao/testvocab/HazardGradeMixIn.java", """
          package org.anxiao.testvocab;

          import com.fasterxml.jackson.core.JsonGenerator;
          import com.fasterxml.jackson.core.JsonParser;
          import com.fasterxml.jackson.databind.DeserializationContext;
          import com.fasterxml.jackson.databind.SerializerProvider;
          import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
          import com.fasterxml.jackson.databind.annotation.JsonSerialize;
          import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
          import com.fasterxml.jackson.databind.ser.std.StdSerializer;
          import java.io.IOException;

          @JsonSerialize(using = HazardGradeMixIn.Writer.class)
          @JsonDeserialize(using = HazardGradeMixIn.Reader.class)
          public abstract class HazardGradeMixIn {
            public static final class Writer extends StdSerializer<HazardGrade> {
              public Writer() {
                super(HazardGrade.class);
              }

              @Override
              public void serialize(HazardGrade value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(value.value());
              }
            }

            public static final class Reader extends StdDeserializer<HazardGrade> {
              public Reader() {
                super(HazardGrade.class);
              }

              @Override
              public HazardGrade deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return new HazardGrade(p.getValueAsString());
              }
            }
          }
          """);

  private static final String SCHEMA_TEXT = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://anxiao.org/schemas/hazard-note.schema.json",
        "title": "Hazard note (test document type of a provider module)",
        "description": "A hazard (隐患), its grade and the volume spilled.",
        "type": "object",
        "properties": {
          "schemaVersion": {"$ref": "common.schema.json#/$defs/schemaVersion"},
          "hazard": {"$ref": "common.schema.json#/$defs/subject"},
          "grade": {"enum": ["MAJOR", "ORDINARY"]},
          "spill": {"$ref": "common.schema.json#/$defs/quantity"}
        },
        "required": ["schemaVersion", "hazard", "grade", "spill"],
        "additionalProperties": false
      }
      """;

  private static final String NOTE = """
      {"schemaVersion": "1.0", "hazard": {"kind": "HAZARD", "id": "H-1"}, "grade": "MAJOR",
       "spill": {"value": "2500", "unit": "L"}}""";

  @TempDir
  Path temp;

  /** Compiles the provider module into {@code temp/classes}, with its schema beside the classes. */
  private Path compileProviderModule(Path[] modulePath) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    Path src = temp.resolve("src");
    Path classes = temp.resolve("classes");
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : SOURCES.entrySet()) {
      Path f = src.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      files.add(f);
    }
    Path schema = classes.resolve(SCHEMA);
    Files.createDirectories(schema.getParent());
    Files.writeString(schema, SCHEMA_TEXT, StandardCharsets.UTF_8);
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
          "--module-path", Arrays.stream(modulePath).map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      boolean ok = javac.getTask(diagnostics, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      assertTrue(ok, diagnostics.toString());
    }
    return classes;
  }

  @Test
  void aProviderModuleExtendsCoreInAModuleLayer() throws Throwable {
    Path[] modulePath = ModulePathTest.modulePath();
    Path provider = compileProviderModule(modulePath);
    // The schema validator logs through SLF4J: give it the no-op backend the tests use, silently.
    Path nop = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
        .filter(p -> p.getFileName().toString().startsWith("slf4j-nop")).findFirst().orElseThrow();
    Path[] withProvider = Arrays.copyOf(modulePath, modulePath.length + 2);
    withProvider[modulePath.length] = provider;
    withProvider[modulePath.length + 1] = nop;
    Configuration config = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(withProvider), ModuleFinder.of(), List.of("org.anxiao.core", MODULE, "org.slf4j.nop"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule(MODULE).orElseThrow().getDescriptor().provides().stream()
        .anyMatch(p -> p.service().equals("org.anxiao.core.spi.AnxiaoVocabulary")));
    ClassLoader loader = layer.findLoader("org.anxiao.core");
    // Indriya looks its services up through the context loader; point it at the layer.
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      new Layer(loader).check();
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }

  /** Core's API, reached reflectively through the layer's loader. */
  private static final class Layer {
    private final ClassLoader loader;
    private final Object json;

    Layer(ClassLoader loader) throws Exception {
      this.loader = loader;
      this.json = type("org.anxiao.core.json.AnxiaoJson").getMethod("strict").invoke(null);
      assertTrue(json.getClass().getModule().isNamed(), "core comes from the layer, not the class path");
    }

    Class<?> type(String name) throws ClassNotFoundException {
      return loader.loadClass(name);
    }

    Object call(String type, String method, Object target, Object... args) throws Throwable {
      for (Method m : type(type).getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == args.length
            && Arrays.stream(m.getParameterTypes()).allMatch(p -> !p.isPrimitive())
            && matches(m.getParameterTypes(), args)) {
          try {
            return m.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }
      }
      throw new AssertionError("no method " + type + "." + method);
    }

    private static boolean matches(Class<?>[] params, Object[] args) {
      for (int i = 0; i < params.length; i++) {
        if (args[i] != null && !params[i].isInstance(args[i])) {
          return false;
        }
      }
      return true;
    }

    void check() throws Throwable {
      unitCode();
      subjectKind();
      documentType();
      ruleKinds();
    }

    private void ruleKinds() throws Throwable {
      Object registry = call("org.anxiao.core.rule.RulePackRegistry", "standard", null);
      Map<?, ?> kinds = (Map<?, ?>) call("org.anxiao.core.rule.RulePackRegistry", "kinds", registry);
      // Core's own kinds arrive through its `provides` clause, the layer's through the test module's.
      assertTrue(kinds.containsKey("anxiao.core.crowded-place-uses"), kinds.toString());
      assertTrue(kinds.containsKey("anxiao.testvocab.spill-limit"), kinds.toString());
    }

    private void unitCode() throws Throwable {
      String units = "org.anxiao.core.unit.AnxiaoUnits";
      assertTrue(((Set<?>) call(units, "codes", null)).contains("L"));
      assertEquals("2.5 L", call("org.anxiao.core.unit.Measure", "of", null, "2.5", "L").toString());
      Object quantity = call("org.anxiao.core.json.AnxiaoJson", "read", json, "{\"value\":\"2500\",\"unit\":\"L\"}",
          type("javax.measure.Quantity"));
      Object cubicMetre = call(units, "unit", null, "m3");
      assertEquals(0, new BigDecimal("2.5").compareTo((BigDecimal) call(units, "toDecimal", null, quantity, cubicMetre)));
      assertEquals("{\"value\":\"2500\",\"unit\":\"L\"}", call("org.anxiao.core.json.AnxiaoJson", "write", json, quantity));
    }

    private void subjectKind() throws Throwable {
      String kinds = "org.anxiao.core.finding.SubjectKind";
      Object hazard = call(kinds, "of", null, "HAZARD");
      assertEquals("HAZARD", call(kinds, "code", hazard));
      assertTrue(((List<?>) call(kinds, "values", null)).contains(hazard));
      // The class-path test provider is not in this layer.
      Throwable meter = assertThrows(Throwable.class, () -> call(kinds, "of", null, "METER"));
      assertEquals("org.anxiao.core.error.UnknownCodeException", meter.getClass().getName(), meter.toString());
    }

    private void documentType() throws Throwable {
      String reader = "org.anxiao.core.json.AnxiaoJson";
      List<?> contributed = (List<?>) call("org.anxiao.core.json.DocumentType", "contributed", null);
      assertEquals(List.of("hazard-note"), contributed.stream().map(Object::toString).toList());
      Object type = contributed.get(0);
      Object note = call(reader, "readDocument", json, NOTE, type);
      assertEquals(MODULE, note.getClass().getModule().getName());
      Object hazard = note.getClass().getMethod("hazard").invoke(note);
      assertEquals("HAZARD", hazard.getClass().getMethod("kind").invoke(hazard).toString());
      Object grade = note.getClass().getMethod("grade").invoke(note);
      assertEquals("MAJOR", grade.getClass().getMethod("value").invoke(grade), "read through the contributed mix-in");
      String written = (String) call(reader, "write", json, note);
      assertTrue(written.contains("\"grade\":\"MAJOR\""), written);
      assertTrue(written.contains("\"spill\":{\"value\":\"2500\",\"unit\":\"L\"}"), written);
      Throwable invalid = assertThrows(Throwable.class,
          () -> call(reader, "readDocument", json, NOTE.replace("MAJOR", "major"), type));
      assertEquals("org.anxiao.core.error.WireFormatException", invalid.getClass().getName(), invalid.toString());
      assertEquals("/grade", invalid.getClass().getMethod("pointer").invoke(invalid), invalid.getMessage());
    }
  }
}
