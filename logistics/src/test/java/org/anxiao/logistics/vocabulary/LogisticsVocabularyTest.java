package org.anxiao.logistics.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.testing.ModuleLayers;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** The logistics module's vocabulary loads through the service, on the class path and as a named module. */
class LogisticsVocabularyTest {
  @Test
  void loadsOnTheClassPath() throws Exception {
    assertEquals(0, new BigDecimal("0.125").compareTo(AnxiaoUnits.toDecimal(Measure.of("125", "g").toQuantity(Mass.class),
        AnxiaoUnits.KILOGRAM_MASS)));
    assertEquals("ACCOUNT", SubjectKind.of("ACCOUNT").code());
    assertEquals("寝室", SubjectKind.of("ROOM").label().zh());
    assertThrows(UnknownCodeException.class, () -> SubjectKind.of("NOT_A_KIND"));
  }

  @Test
  void loadsOnTheModulePath() throws Throwable {
    ModuleLayer layer = ModuleLayers.layer("org.anxiao.logistics");
    assertTrue(layer.findModule("org.anxiao.logistics").isPresent());
    assertEquals("org.anxiao.logistics", layer.findLoader("org.anxiao.logistics").loadClass("org.anxiao.logistics.vocabulary.LogisticsVocabulary").getModule().getName());
    assertEquals("125 g", ModuleLayers.callStatic(layer, "org.anxiao.core.unit.Measure", "of", "125", "g").toString());
    assertEquals("ACCOUNT", ModuleLayers.callStatic(layer, "org.anxiao.core.finding.SubjectKind", "of", "ACCOUNT").toString());
  }
}
