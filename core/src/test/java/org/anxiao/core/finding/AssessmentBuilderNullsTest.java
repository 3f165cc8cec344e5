package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The assessment and finding builders refuse a null element naming the attribute and its index, and keep elements in order. */
class AssessmentBuilderNullsTest {
  private static final PackRef A = PackRef.of("test.a", "2020.1");
  private static final PackRef B = PackRef.of("test.b", "2021.1");
  private static final AppliedRule RULE = new AppliedRule(A, "guards", "2", Optional.empty(), Verification.SECONDARY,
      Citation.of("测试机关", "测试文件", 2020));
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "s1");
  private static final Finding NOTE = Finding.builder().code(FindingCode.of("CORE.TEST.NOTE")).severity(Severity.INFO)
      .subject(SCHOOL).message(LocalizedText.of("提示。", "Note.")).build();

  private static void namesElement(String field, Runnable call) {
    MissingValueException e = assertThrows(MissingValueException.class, call::run);
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void aNullElementIsNamedByItsIndex() {
    namesElement("packs[1]", () -> Assessment.builder().addPacks(A, null));
    namesElement("packs[2]", () -> Assessment.builder().packs(Arrays.asList(A, B, null)));
    namesElement("packs[1]", () -> Assessment.builder().addAllPacks(Arrays.asList(A, null)));
    namesElement("rulesApplied[1]", () -> Assessment.builder().addRulesApplied(RULE, null));
    namesElement("rulesApplied[1]", () -> Assessment.builder().rulesApplied(Arrays.asList(RULE, null)));
    namesElement("rulesApplied[1]", () -> Assessment.builder().addAllRulesApplied(Arrays.asList(RULE, null)));
    namesElement("findings[1]", () -> Assessment.builder().addFindings(NOTE, null));
    namesElement("findings[1]", () -> Assessment.builder().findings(Arrays.asList(NOTE, null)));
    namesElement("findings[1]", () -> Assessment.builder().addAllFindings(Arrays.asList(NOTE, null)));
    namesElement("rules[1]", () -> Finding.builder().addRules(RULE, null));
    namesElement("rules[2]", () -> Finding.builder().addAllRules(Arrays.asList(RULE, RULE, null)));
    namesElement("rules[1]", () -> Finding.builder().rules(Arrays.asList(RULE, null)));
  }

  @Test
  void everyWayOfAddingElementsKeepsThemInOrder() {
    Assessment.Builder base = Assessment.builder().calculator("anxiao.test").subject(SCHOOL)
        .assessedAt(Instant.parse("2024-01-01T00:00:00Z")).inputsDigest("0".repeat(64));
    Assessment a = base.addPacks(B, A).addRulesApplied(RULE, RULE).addFindings(NOTE, NOTE).build();
    assertEquals(List.of(B, A), a.packs());
    assertEquals(List.of(RULE, RULE), a.rulesApplied());
    assertEquals(List.of(NOTE, NOTE), a.findings());
    Assessment b = Assessment.builder().from(a).packs(List.of(B, A)).rulesApplied(List.of(RULE, RULE))
        .findings(List.of(NOTE, NOTE)).build();
    assertEquals(a, b);
    Finding twoRules = Finding.builder().from(NOTE).addRules(RULE, RULE).build();
    assertEquals(List.of(RULE, RULE), twoRules.rules());
  }
}
