package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** Jackson's tree type stays behind {@code AnxiaoJson}: no public method of an exported package takes or returns it. */
class PublicSignaturesTest {
  @Test
  void noJsonNodeInPublicSignatures() throws Exception {
    Path classes = Path.of(AnxiaoJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes.resolve("org/anxiao/core"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        members.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
        for (Executable m : members) {
          if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
            continue;
          }
          checked++;
          List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
          if (m instanceof Method method) {
            types.add(method.getGenericReturnType());
          }
          for (Type t : types) {
            if (t.getTypeName().contains("com.fasterxml.jackson.databind.JsonNode")
                || t.getTypeName().contains("com.fasterxml.jackson.databind.node.")) {
              offenders.add(type.getName() + "." + m.getName() + " uses " + t.getTypeName());
            }
          }
        }
      }
    }
    assertTrue(checked > 500, "public members checked: " + checked);
    assertEquals(List.of(), offenders);
  }
}
