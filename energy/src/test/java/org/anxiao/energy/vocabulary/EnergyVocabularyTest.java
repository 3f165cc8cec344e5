package org.anxiao.energy.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testing.ModuleLayers;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** The energy module's vocabulary loads through the service, on the class path and as a named module. */
class EnergyVocabularyTest {
  @Test
  void loadsOnTheClassPath() throws Exception {
    assertEquals("250 kW", Measure.of("250", "kW").toString());
    assertEquals(Measure.of("250", "kW"), AnxiaoJson.strict().read("{\"value\":\"250.0\",\"unit\":\"kW\"}", Measure.class));
    assertEquals("METER", SubjectKind.of("METER").code());
    assertThrows(UnknownCodeException.class, () -> SubjectKind.of("NOT_A_KIND"));
  }

  @Test
  void loadsOnTheModulePath() throws Throwable {
    ModuleLayer layer = ModuleLayers.layer("org.anxiao.energy");
    assertTrue(layer.findModule("org.anxiao.energy").isPresent());
    assertEquals("org.anxiao.energy", layer.findLoader("org.anxiao.energy").loadClass("org.anxiao.energy.vocabulary.EnergyVocabulary").getModule().getName());
    assertEquals("250 kW", ModuleLayers.callStatic(layer, "org.anxiao.core.unit.Measure", "of", "250", "kW").toString());
    assertEquals("METER", ModuleLayers.callStatic(layer, "org.anxiao.core.finding.SubjectKind", "of", "METER").toString());
  }
}
