package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding.Builder shortfall() {
    return Finding.builder().code(FindingCode.of("SAFETY.STAFFING.GUARD_DAY_SHORTFALL")).severity(Severity.HIGH)
        .subject(Subject.of(SubjectKind.GATE, "main/east"))
        .measured(Measure.count(1)).required(Measure.count(2)).comparison(Comparison.AT_LEAST)
        .message(LocalizedText.of("东门白天保安 1 人，少于 2 人。", "East gate has 1 guard by day, fewer than 2."));
  }

  @Test
  void measuredAndRequiredShareAUnit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> shortfall().required(Measure.of("2", "kWh")).build());
    assertEquals("required.unit", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> Finding.builder().from(shortfall().build())
        .comparison(Optional.empty()).build());
  }

  @Test
  void assessmentListsEveryPackItUsed() {
    AppliedRule rule = new AppliedRule(PackRef.of("sh.guards", "1.0"), "perGate", "2", Optional.of("人"),
        Verification.OFFICIAL_TEXT, Citation.of("闵行区教育局", "校园安全专项整治工作实施方案", 2022).atClause("四(一)8"));
    Assessment.Builder b = Assessment.builder().calculator("anxiao.safety.guards").subject(Subject.of(SubjectKind.SCHOOL, "S1"))
        .assessedAt(Instant.parse("2024-09-01T00:00:00Z")).inputsDigest(AnxiaoJson.strict().digest("input"))
        .addRulesApplied(rule).addFindings(shortfall().addRules(rule).build());
    assertEquals("rulesApplied[0].pack", assertThrows(InvalidValueException.class, b::build).field().orElseThrow());
    Assessment a = b.addPacks(rule.pack()).build();
    assertEquals(Optional.of(Severity.HIGH), a.worstSeverity());
    assertThrows(InvalidValueException.class, () -> Assessment.builder().from(a).inputsDigest("xyz").build());
  }

  @Test
  void digestIsCanonical() {
    AnxiaoJson json = AnxiaoJson.strict();
    java.util.Map<String, Integer> m1 = new java.util.LinkedHashMap<>();
    m1.put("b", 2);
    m1.put("a", 1);
    java.util.Map<String, Integer> m2 = new java.util.TreeMap<>(m1);
    assertEquals(json.digest(m1), json.digest(m2), "map order does not matter");
    assertNotEquals(json.digest(m1), json.digest(java.util.Map.of("a", 1, "b", 3)));
    assertEquals(64, json.digest(shortfall().build()).length());
  }
}
