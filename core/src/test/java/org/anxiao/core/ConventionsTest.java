package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.UnitDefinition;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/** The conventions of {@code docs/conventions.md} for optional values and {@code toString}. */
class ConventionsTest {
  /** A stand-in for a future model of student-level data, built with the project's one style. */
  @Value.Immutable
  @AnxiaoStyle
  abstract static class PupilNote {
    abstract String pseudonym();

    @Value.Redacted
    abstract String healthNote();

    abstract Optional<String> remark();
  }

  @Test
  void theStyleRedactsPersonalDataInToString() {
    PupilNote note = ImmutablePupilNote.generatedBuilder().pseudonym("p-7").healthNote("asthma").build();
    String text = note.toString();
    assertFalse(text.contains("asthma"), text);
    assertTrue(text.contains("healthNote=****"), text);
    assertFalse(text.contains("remark"), "an absent optional is left out: " + text);
  }

  @Test
  void recordsReadANullOptionalAsEmpty() {
    Jurisdiction cn = new Jurisdiction(JurisdictionCode.CN, LocalizedText.of("中国", "China"), null);
    assertEquals(Optional.empty(), cn.parent());
    UnitDefinition d = new UnitDefinition("kgce", "energy", LocalizedText.of("千克标准煤", "kgce"), new BigDecimal("29307.6"), "kJ", null,
        new Citation("issuer", "GB/T 2589-2020", Optional.empty(), Optional.empty(), 2020, Optional.empty()),
        LocalDate.of(2021, 4, 1), Verification.SECONDARY);
    assertEquals(Optional.empty(), d.note());
  }

  /** No optional collection anywhere in the API: an empty collection already says "none". */
  @Test
  void noOptionalOfACollection() throws IOException, URISyntaxException {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          if (optionalOfCollection(c.getGenericType())) {
            offenders.add(type.getName() + "." + c.getName());
          }
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && optionalOfCollection(m.getGenericReturnType())) {
          offenders.add(type.getName() + "." + m.getName() + "()");
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean optionalOfCollection(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      Type arg = p.getActualTypeArguments()[0];
      Class<?> raw = arg instanceof ParameterizedType q ? (Class<?>) q.getRawType() : arg instanceof Class<?> c ? c : Object.class;
      return Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
    }
    return false;
  }

  /** The public top-level and nested types of core's exported packages, from the build output. */
  private static List<Class<?>> apiTypes() throws IOException, URISyntaxException {
    Path root = Path.of(AnxiaoJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/anxiao/core"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info") || name.contains(".internal.")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, ConventionsTest.class.getClassLoader());
          if (Modifier.isPublic(c.getModifiers())) {
            types.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertTrue(types.size() > 50, "found the API types: " + types.size());
    return types;
  }
}
