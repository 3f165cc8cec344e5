package org.anxiao.core.testkit.gen;

import static org.anxiao.core.testkit.gen.PeriodGenerators.periods;
import static org.anxiao.core.testkit.gen.RuleGenerators.appliedRules;
import static org.anxiao.core.testkit.gen.ValueGenerators.decimals;
import static org.anxiao.core.testkit.gen.ValueGenerators.localizedTexts;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.unit.Measure;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of findings and assessments.
 */
public final class FindingGenerators {
  private FindingGenerators() {}

  /** {@return findings of every severity with measured and required values and applied rules} */
  public static Gen<Finding> findings() {
    return Generate.enumValues(Severity.class).zip(decimals(), decimals(), localizedTexts(),
        (sev, measured, required, msg) -> Finding.builder().code(FindingCode.of("CORE.TEST.SAMPLE"))
            .severity(sev).subject(Subject.of(SubjectKind.SCHOOL, "S1"))
            .measured(new Measure(measured, "kWh")).required(new Measure(required, "kWh"))
            .comparison(Comparison.AT_MOST).message(msg))
        .zip(lists().of(appliedRules()).ofSizeBetween(0, 2), (b, rules) -> b.addAllRules(rules).build());
  }

  /** {@return assessments of up to three findings, with the packs and rules they applied} */
  public static Gen<Assessment> assessments() {
    return lists().of(findings()).ofSizeBetween(0, 3).zip(periods().toOptionals(70), longs().between(0, 4_000_000_000L),
        (fs, period, secs) -> {
          List<AppliedRule> used = new ArrayList<>();
          fs.forEach(f -> used.addAll(f.rules()));
          return Assessment.builder().calculator("anxiao.test.calculator").subject(Subject.of(SubjectKind.SCHOOL, "S1"))
              .period(period).assessedAt(Instant.ofEpochSecond(secs, 123_000_000))
              .inputsDigest("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
              .addAllPacks(used.stream().map(AppliedRule::pack).distinct().toList())
              .addAllRulesApplied(used).addAllFindings(fs).build();
        });
  }

}
