package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.finding.FindingCode;
import org.junit.jupiter.api.Test;

/** Every finding code of the package has an English and a Chinese message, and no message is left over. */
class FoodMessagesTest {
  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FoodSafetyLogs.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static Set<String> codes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Class<?> c : new Class<?>[] {FoodSafetyLogs.class, FoodTraceability.class}) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == FindingCode.class) {
          codes.add(((FindingCode) f.get(null)).value());
        }
      }
    }
    return codes;
  }

  @Test
  void bothLanguagesCoverEveryCode() throws Exception {
    Set<String> codes = codes();
    assertEquals(13, codes.size());
    assertEquals(codes, keys("messages_en.properties"));
    assertEquals(codes, keys("messages_zh_CN.properties"));
    assertEquals(codes, new TreeSet<>(FoodSafetyLogs.MESSAGES.keys()));
    codes.forEach(c -> assertTrue(c.startsWith("LOGISTICS.FOOD."), c));
  }
}
