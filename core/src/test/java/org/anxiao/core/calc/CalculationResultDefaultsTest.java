package org.anxiao.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.CalendarYear;
import org.junit.jupiter.api.Test;

/** The default methods of {@link CalculationResult}: the packs of a result, and the assessment it becomes. */
class CalculationResultDefaultsTest {
  private static final PackRef CITY = PackRef.of("test.city.staffing", "2022.1");
  private static final PackRef NATION = PackRef.of("test.national.staffing", "2020.1");
  private static final PackRef FIRE = PackRef.of("test.national.fire", "2019.1");
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "31011200001");
  private static final Instant AT = Instant.parse("2024-10-15T02:30:00Z");

  private static AppliedRule rule(PackRef pack, String parameter) {
    return new AppliedRule(pack, parameter, "2", Optional.empty(), Verification.SECONDARY,
        Citation.of("测试机关", "测试文件", 2020));
  }

  private static Finding finding(AppliedRule... rules) {
    return Finding.builder().code(FindingCode.of("CORE.TEST.NOTE")).severity(Severity.LOW).subject(SCHOOL)
        .message(LocalizedText.of("提示。", "Note.")).addRules(rules).build();
  }

  /** A result with the given values, findings and, when not null, its own list of packs. */
  private record Result(List<AppliedRule> rulesApplied, List<Finding> findings, List<PackRef> declaredPacks)
      implements CalculationResult {
    @Override
    public CalculatorId calculator() {
      return CalculatorId.of("anxiao.test.calc");
    }

    @Override
    public Subject subject() {
      return SCHOOL;
    }

    @Override
    public Object inputs() {
      return Map.of("guards", 2);
    }

    @Override
    public List<PackRef> packs() {
      return declaredPacks.isEmpty() ? CalculationResult.super.packs() : declaredPacks;
    }
  }

  @Test
  void byDefaultThePacksAreThoseOfTheValuesUsedInFirstUseOrderOnceEach() {
    Result r = new Result(List.of(rule(CITY, "a"), rule(NATION, "b"), rule(CITY, "c")), List.of(), List.of());
    assertEquals(List.of(CITY, NATION), r.packs());
    assertEquals(List.of(), new Result(List.of(), List.of(), List.of()).packs());
  }

  @Test
  void byDefaultAResultHasNoPeriodAndNoFindings() {
    CalculationResult minimal = new Result(List.of(), List.of(), List.of());
    assertEquals(Optional.empty(), minimal.period());
    assertEquals(List.of(), minimal.findings());
  }

  @Test
  void theAssessmentCarriesTheResultAndTheDigestOfItsInputs() {
    Finding f = finding(rule(NATION, "b"));
    Result r = new Result(List.of(rule(CITY, "a")), List.of(f), List.of());
    Assessment a = r.toAssessment(AT);
    assertEquals("anxiao.test.calc", a.calculator());
    assertEquals(SCHOOL, a.subject());
    assertEquals(Optional.empty(), a.period());
    assertEquals(AT, a.assessedAt());
    assertEquals(AnxiaoJson.strict().digest(Map.of("guards", 2)), a.inputsDigest());
    assertEquals(List.of(rule(CITY, "a")), a.rulesApplied());
    assertEquals(List.of(f), a.findings());
  }

  @Test
  void theAssessmentListsThePacksInForceThenThoseOfValuesUsedThenThoseOfFindings() {
    Result r = new Result(List.of(rule(CITY, "a"), rule(NATION, "b")), List.of(finding(rule(FIRE, "exits"))),
        List.of(NATION));
    assertEquals(List.of(NATION, CITY, FIRE), r.toAssessment(AT).packs());
  }

  @Test
  void aResultWithAPeriodGivesAnAssessmentOfThatPeriod() {
    CalculationResult yearly = periodResult();
    assertEquals(Optional.of(new CalendarYear(2024)), yearly.toAssessment(AT).period());
  }

  private static CalculationResult periodResult() {
    return new CalculationResult() {
      @Override
      public CalculatorId calculator() {
        return CalculatorId.of("anxiao.test.calc");
      }

      @Override
      public Subject subject() {
        return SCHOOL;
      }

      @Override
      public Optional<org.anxiao.core.time.Period> period() {
        return Optional.of(new CalendarYear(2024));
      }

      @Override
      public List<AppliedRule> rulesApplied() {
        return List.of();
      }

      @Override
      public Object inputs() {
        return List.of();
      }
    };
  }

  @Test
  void theClockSaysWhenTheAssessmentIsMade() {
    Result r = new Result(List.of(), List.of(), List.of());
    assertEquals(AT, r.toAssessment(Clock.fixed(AT, ZoneOffset.UTC)).assessedAt());
    assertEquals("clock", assertThrows(MissingValueException.class, () -> r.toAssessment((Clock) null)).field().orElseThrow());
    assertEquals("assessedAt", assertThrows(InvalidValueException.class,
        () -> r.toAssessment(Instant.parse("1799-12-31T00:00:00Z"))).field().orElseThrow());
  }
}
