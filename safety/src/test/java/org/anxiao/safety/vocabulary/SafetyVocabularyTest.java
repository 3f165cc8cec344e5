package org.anxiao.safety.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testing.ModuleLayers;
import org.junit.jupiter.api.Test;

/** The safety module's vocabulary loads through the service, on the class path and as a named module. */
class SafetyVocabularyTest {
  @Test
  void loadsOnTheClassPath() throws Exception {
    assertEquals("HAZARD", SubjectKind.of("HAZARD").code());
    assertEquals("HAZARD", AnxiaoJson.strict().read("{\"kind\":\"HAZARD\",\"id\":\"H-1\"}", Subject.class).kind().code());
    assertThrows(UnknownCodeException.class, () -> SubjectKind.of("NOT_A_KIND"));
  }

  @Test
  void loadsOnTheModulePath() throws Throwable {
    ModuleLayer layer = ModuleLayers.layer("org.anxiao.safety");
    assertTrue(layer.findModule("org.anxiao.safety").isPresent());
    assertEquals("org.anxiao.safety", layer.findLoader("org.anxiao.safety").loadClass("org.anxiao.safety.vocabulary.SafetyVocabulary").getModule().getName());
    assertEquals("HAZARD", ModuleLayers.callStatic(layer, "org.anxiao.core.finding.SubjectKind", "of", "HAZARD").toString());
  }
}
