package org.anxiao.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** Null arguments to the directory are missing values naming the argument. */
class JurisdictionBoundsTest {
  @Test
  void nullArgumentsAreMissingValues() {
    JurisdictionDirectory d = JurisdictionDirectory.standard();
    assertEquals("ancestor", assertThrows(MissingValueException.class,
        () -> d.isWithin(JurisdictionCode.of("310112"), null)).field().orElseThrow());
    assertEquals("jurisdiction", assertThrows(MissingValueException.class,
        () -> d.isWithin(null, JurisdictionCode.CN)).field().orElseThrow());
    assertEquals("jurisdiction", assertThrows(MissingValueException.class, () -> d.find(null)).field().orElseThrow());
  }
}
