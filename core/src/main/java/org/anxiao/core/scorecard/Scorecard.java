package org.anxiao.core.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.PackRef;
import org.immutables.value.Value;

/**
 * The result of scoring a checklist (评分结果): total on the checklist's scale, percentage, grade,
 * veto outcome, per-section subtotals and findings. Values are exact to 16 significant digits
 * ({@link java.math.MathContext#DECIMAL64}, half-even) and rounded only when presented
 * ({@link #totalRounded}). Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
public abstract class Scorecard implements CalculationResult {
  /** The document type. */
  public static final DocumentType<Scorecard> DOCUMENT = DocumentType.of("scorecard", Scorecard.class);

  Scorecard() {}

  /** Wire-format version. */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** The checklist scored. */
  public abstract String checklistId();

  /** What was inspected. */
  @Override
  public abstract Subject subject();

  /** The responses scored (the inputs), in the checklist's item order. */
  public abstract List<ItemResponse> responses();

  /**
   * SHA-256 of the canonical JSON of the checklist, when it is the caller's own (not from a pack):
   * then the checklist is an input too. A checklist from a pack is recorded by {@link #rulesApplied}.
   */
  public abstract Optional<String> checklistDigest();

  /** The checklist's record when it came from a pack ({@code pack/checklist = id}); else empty. */
  @Override
  public abstract List<AppliedRule> rulesApplied();

  @Override
  public CalculatorId calculator() {
    return Scorecards.ID;
  }

  /** The responses; with the caller's own checklist, the responses and the checklist's digest. */
  @Override
  public Object inputs() {
    return checklistDigest().<Object>map(d -> java.util.Map.of("checklistDigest", d, "responses", responses()))
        .orElse(responses());
  }

  /** The pack the checklist came from, if any. */
  public abstract Optional<PackRef> pack();

  /** Total score, in [0, maxScore]. */
  public abstract BigDecimal total();

  /** The checklist's scale. */
  public abstract BigDecimal maxScore();

  /** total / maxScore × 100, in [0, 100]. */
  public abstract BigDecimal percent();

  /** The grade awarded: when vetoed, the veto grade or {@link #gradeByScore()}, whichever is lower. */
  public abstract GradeBand grade();

  /** The grade the score alone would earn. */
  public abstract GradeBand gradeByScore();

  /** True when a veto item failed. */
  public abstract boolean vetoed();

  /** Ids of the veto items that failed. */
  public abstract List<String> vetoItems();

  /** Section subtotals, in checklist order. */
  public abstract List<SectionScore> sections();

  /** Findings: deductions and vetoes, with citations. */
  @Override
  public abstract List<Finding> findings();

  /** The total rounded half-up to {@code decimals} places, for presentation. */
  public BigDecimal totalRounded(int decimals) {
    Require.that(decimals >= 0 && decimals <= Bounds.MAX_FRACTION_DIGITS, "decimals", decimals,
        "must be between 0 and {}", Bounds.MAX_FRACTION_DIGITS);
    return total().setScale(decimals, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    Bounds.schemaVersion("schemaVersion", schemaVersion());
    Bounds.code("checklistId", checklistId());
    Bounds.nonNegative("total", total());
    Bounds.positive("maxScore", maxScore());
    Bounds.nonNegative("percent", percent());
    Require.that(total().compareTo(maxScore()) <= 0, "total", total(), "must not exceed maxScore {}", maxScore());
    Require.that(vetoed() == !vetoItems().isEmpty(), "vetoed", vetoed(), "is true exactly when vetoItems is not empty");
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
