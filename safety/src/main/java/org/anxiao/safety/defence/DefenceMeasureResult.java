package org.anxiao.safety.defence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The assessment of a school's technical-defence measures (技防设施量化检查结果): whether its video
 * retention reaches the pack's minimum and whether its one-button alarm coverage reaches the pack's
 * share, each present only when the measure was reported; the rule values read, the packs in force
 * and one bilingual finding per measure. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: a verdict is present exactly when its measure is. Immutable and thread-safe.
 *
 * @param subject        what was assessed (a school)
 * @param facts          the measures reported (the input)
 * @param retentionMet   video kept at least the minimum days; empty when not reported
 * @param coverageMet    alarm coverage at least the required share; empty when not reported
 * @param rules          the rule values read, in first-use order
 * @param packs          the packs in force, narrowest first
 * @param findings       one finding per measure assessed
 */
public record DefenceMeasureResult(Subject subject, DefenceFacts facts, Optional<Boolean> retentionMet,
    Optional<Boolean> coverageMet, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject      what was assessed
   * @param facts        the measures reported
   * @param retentionMet the retention verdict, present exactly when retention was reported
   * @param coverageMet  the coverage verdict, present exactly when coverage was reported
   * @param rules        the rule values read
   * @param packs        the packs in force
   * @param findings     the findings
   */
  public DefenceMeasureResult {
    Require.nonNull("subject", subject);
    Require.nonNull("facts", facts);
    retentionMet = Objects.requireNonNullElse(retentionMet, Optional.empty());
    coverageMet = Objects.requireNonNullElse(coverageMet, Optional.empty());
    Require.that(retentionMet.isPresent() == facts.videoRetentionDays().isPresent(), "retentionMet",
        retentionMet.orElse(null), "must be present exactly when the video retention is reported");
    Require.that(coverageMet.isPresent() == facts.alarmCoverage().isPresent(), "coverageMet",
        coverageMet.orElse(null), "must be present exactly when the alarm coverage is reported");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /** {@return true when every measure reported meets its rule} */
  public boolean compliant() {
    return retentionMet.orElse(true) && coverageMet.orElse(true);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return DefenceMeasures.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, facts);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, DefenceFacts facts) {}
}
