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

  /** {@return wire-format version} */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** {@return the checklist scored} */
  public abstract String checklistId();

  /** What was inspected. */
  @Override
  public abstract Subject subject();

  /** {@return the responses scored (the inputs), in the checklist's item order} */
  public abstract List<ItemResponse> responses();

  /**
   * {@return SHA-256 of the canonical JSON of the checklist, when it is the caller's own (not from a pack):
   * then the checklist is an input too} A checklist from a pack is recorded by {@link #rulesApplied}.
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

  /** {@return the pack the checklist came from, if any} */
  public abstract Optional<PackRef> pack();

  /** {@return total score, in [0, maxScore]} */
  public abstract BigDecimal total();

  /** {@return the checklist's scale} */
  public abstract BigDecimal maxScore();

  /** {@return the percentage: total / maxScore × 100, in [0, 100]} */
  public abstract BigDecimal percent();

  /** {@return the grade awarded: when vetoed, the veto grade or {@link #gradeByScore()}, whichever is lower} */
  public abstract GradeBand grade();

  /** {@return the grade the score alone would earn} */
  public abstract GradeBand gradeByScore();

  /** {@return true when a veto item failed} */
  public abstract boolean vetoed();

  /** {@return ids of the veto items that failed} */
  public abstract List<String> vetoItems();

  /** {@return section subtotals, in checklist order} */
  public abstract List<SectionScore> sections();

  /** Findings: deductions and vetoes, with citations. */
  @Override
  public abstract List<Finding> findings();

  /**
   * {@return the total rounded half-up to {@code decimals} places, for presentation}
   *
   * @param decimals the number of decimal places
   */
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
    Bounds.size("vetoItems", vetoItems());
    for (int i = 0; i < vetoItems().size(); i++) {
      Bounds.code("vetoItems[" + i + "]", vetoItems().get(i));
    }
    Bounds.size("responses", responses());
    Bounds.size("sections", sections());
    Bounds.size("findings", findings());
    Bounds.size("rulesApplied", rulesApplied());
    Require.that(total().compareTo(maxScore()) <= 0, "total", total(), "must not exceed maxScore {}", maxScore());
    Require.that(vetoed() == !vetoItems().isEmpty(), "vetoed", vetoed(), "is true exactly when vetoItems is not empty");
  }

  static Builder builder() {
    return new Builder();
  }


  /**
   * Builds a {@link Scorecard}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  static final class Builder {
    private final ImmutableScorecard.Builder delegate = ImmutableScorecard.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Scorecard instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(CalculationResult instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Scorecard#schemaVersion() schemaVersion}.
     *
     * @param schemaVersion the value
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      delegate.schemaVersion(schemaVersion);
      return this;
    }

    /**
     * Sets {@link Scorecard#checklistId() checklistId}.
     *
     * @param checklistId the value
     * @return this builder
     */
    public Builder checklistId(String checklistId) {
      delegate.checklistId(checklistId);
      return this;
    }

    /**
     * Sets {@link Scorecard#subject() subject}.
     *
     * @param subject the value
     * @return this builder
     */
    public Builder subject(Subject subject) {
      delegate.subject(subject);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#responses() responses}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addResponses(ItemResponse element) {
      delegate.addResponses(element);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#responses() responses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addResponses(ItemResponse... elements) {
      delegate.addResponses(Require.noNullIn("responses", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#responses() responses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder responses(Iterable<? extends ItemResponse> elements) {
      delegate.responses(Require.noNullIn("responses", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#responses() responses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllResponses(Iterable<? extends ItemResponse> elements) {
      delegate.addAllResponses(Require.noNullIn("responses", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#checklistDigest() checklistDigest}.
     *
     * @param checklistDigest the value
     * @return this builder
     */
    public Builder checklistDigest(String checklistDigest) {
      delegate.checklistDigest(checklistDigest);
      return this;
    }

    /**
     * Sets {@link Scorecard#checklistDigest() checklistDigest}.
     *
     * @param checklistDigest the value
     * @return this builder
     */
    public Builder checklistDigest(Optional<String> checklistDigest) {
      Require.nonNull("checklistDigest", checklistDigest);
      delegate.checklistDigest(checklistDigest);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#rulesApplied() rulesApplied}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addRulesApplied(AppliedRule element) {
      delegate.addRulesApplied(element);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addRulesApplied(AppliedRule... elements) {
      delegate.addRulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder rulesApplied(Iterable<? extends AppliedRule> elements) {
      delegate.rulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllRulesApplied(Iterable<? extends AppliedRule> elements) {
      delegate.addAllRulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#pack() pack}.
     *
     * @param pack the value
     * @return this builder
     */
    public Builder pack(PackRef pack) {
      delegate.pack(pack);
      return this;
    }

    /**
     * Sets {@link Scorecard#pack() pack}.
     *
     * @param pack the value
     * @return this builder
     */
    public Builder pack(Optional<? extends PackRef> pack) {
      Require.nonNull("pack", pack);
      delegate.pack(pack);
      return this;
    }

    /**
     * Sets {@link Scorecard#total() total}.
     *
     * @param total the value
     * @return this builder
     */
    public Builder total(BigDecimal total) {
      delegate.total(total);
      return this;
    }

    /**
     * Sets {@link Scorecard#maxScore() maxScore}.
     *
     * @param maxScore the value
     * @return this builder
     */
    public Builder maxScore(BigDecimal maxScore) {
      delegate.maxScore(maxScore);
      return this;
    }

    /**
     * Sets {@link Scorecard#percent() percent}.
     *
     * @param percent the value
     * @return this builder
     */
    public Builder percent(BigDecimal percent) {
      delegate.percent(percent);
      return this;
    }

    /**
     * Sets {@link Scorecard#grade() grade}.
     *
     * @param grade the value
     * @return this builder
     */
    public Builder grade(GradeBand grade) {
      delegate.grade(grade);
      return this;
    }

    /**
     * Sets {@link Scorecard#gradeByScore() gradeByScore}.
     *
     * @param gradeByScore the value
     * @return this builder
     */
    public Builder gradeByScore(GradeBand gradeByScore) {
      delegate.gradeByScore(gradeByScore);
      return this;
    }

    /**
     * Sets {@link Scorecard#vetoed() vetoed}.
     *
     * @param vetoed the value
     * @return this builder
     */
    public Builder vetoed(boolean vetoed) {
      delegate.vetoed(vetoed);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#vetoItems() vetoItems}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addVetoItems(String element) {
      delegate.addVetoItems(element);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#vetoItems() vetoItems}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addVetoItems(String... elements) {
      delegate.addVetoItems(Require.noNullIn("vetoItems", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#vetoItems() vetoItems}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder vetoItems(Iterable<String> elements) {
      delegate.vetoItems(Require.noNullIn("vetoItems", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#vetoItems() vetoItems}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllVetoItems(Iterable<String> elements) {
      delegate.addAllVetoItems(Require.noNullIn("vetoItems", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#sections() sections}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addSections(SectionScore element) {
      delegate.addSections(element);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addSections(SectionScore... elements) {
      delegate.addSections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder sections(Iterable<? extends SectionScore> elements) {
      delegate.sections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllSections(Iterable<? extends SectionScore> elements) {
      delegate.addAllSections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#findings() findings}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addFindings(Finding element) {
      delegate.addFindings(element);
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addFindings(Finding... elements) {
      delegate.addFindings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * Sets {@link Scorecard#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder findings(Iterable<? extends Finding> elements) {
      delegate.findings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * Adds elements to {@link Scorecard#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllFindings(Iterable<? extends Finding> elements) {
      delegate.addAllFindings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * A new {@link Scorecard} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    Scorecard build() {
      return delegate.build();
    }
  }
}
