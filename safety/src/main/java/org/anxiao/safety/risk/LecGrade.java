package org.anxiao.safety.risk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
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
import org.anxiao.core.text.LocalizedText;

/**
 * An LEC grading (作业条件危险性评价结果): the scores L, E and C, D = L × E × C exactly, the danger
 * band D falls in, the {@link RiskLevel} the band maps to, what each listed score means, the rule
 * values read and the packs in force. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: {@code score} equals L × E × C numerically. A meaning is absent only for a score
 * the pack's table does not list (accepted because the pack allows interpolation). Immutable and
 * thread-safe.
 *
 * @param subject     what was graded (a key part, a job, a checklist item)
 * @param factors     L, E and C (the input)
 * @param score       D = L × E × C, exact
 * @param band        the danger band of D
 * @param level       the risk level of the band
 * @param meanings    what each score means, in the order L, E, C; empty for an interpolated score
 * @param rules       the rule values read, in first-use order
 * @param packs       the packs in force, narrowest first
 * @param findings    one finding stating the grade
 */
public record LecGrade(Subject subject, LecFactors factors, BigDecimal score, LecDangerBand band, RiskLevel level,
    List<Optional<LocalizedText>> meanings, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  what was graded
   * @param factors  L, E and C
   * @param score    D = L × E × C
   * @param band     the danger band of D
   * @param level    the risk level of the band
   * @param meanings what each score means, L, E, C
   * @param rules    the rule values read
   * @param packs    the packs in force
   * @param findings the finding stating the grade
   */
  public LecGrade {
    Require.nonNull("subject", subject);
    Require.nonNull("factors", factors);
    Bounds.decimal("score", score);
    Require.that(score.compareTo(factors.score()) == 0, "score", score.toPlainString(), "must equal L × E × C = {}",
        factors.score().toPlainString());
    Require.nonNull("band", band);
    Require.nonNull("level", level);
    meanings = Bounds.list("meanings", meanings);
    Require.that(meanings.size() == LecFactor.values().length, "meanings", meanings.size(),
        "must hold one entry per factor (L, E, C)");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /**
   * {@return what the score of {@code factor} means in the pack's table; empty for an interpolated score}
   *
   * @param factor L, E or C
   */
  public Optional<LocalizedText> meaning(LecFactor factor) {
    return Objects.requireNonNull(meanings.get(Require.nonNull("factor", factor).ordinal()));
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return LecGradings.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, factors);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, LecFactors factors) {}
}
