package org.anxiao.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.immutables.value.Value;

/**
 * An assessment (评估结果): the findings of one calculator run, with what is needed to reproduce it —
 * the digest of the inputs, the packs and the exact rule values used, and when it ran.
 *
 * <p>Invariants: the digest is 64 lower-case hex digits (SHA-256, see
 * {@link org.anxiao.core.json.AnxiaoJson#digest}); every pack a rule value came from is listed in
 * {@link #packs()}. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {
  /** The document type. */
  public static final DocumentType<Assessment> DOCUMENT = DocumentType.of("assessment", Assessment.class);

  Assessment() {}

  /** {@return wire-format version} */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** {@return the calculator, e.g. {@code anxiao.core.crowded-places}} */
  public abstract String calculator();

  /** {@return what was assessed} */
  public abstract Subject subject();

  /** {@return the period assessed, if any} */
  public abstract Optional<Period> period();

  /** {@return when the assessment ran} */
  public abstract Instant assessedAt();

  /** {@return SHA-256 of the canonical JSON of the inputs} */
  public abstract String inputsDigest();

  /** {@return the rule packs used} */
  public abstract List<PackRef> packs();

  /** {@return every rule value used, whether or not it produced a finding} */
  public abstract List<AppliedRule> rulesApplied();

  /** {@return the findings} */
  public abstract List<Finding> findings();

  /** {@return the most severe finding's severity, if there are findings} */
  public Optional<Severity> worstSeverity() {
    return findings().stream().map(Finding::severity).max(Comparator.naturalOrder());
  }

  @Value.Check
  void check() {
    Bounds.code("calculator", calculator());
    Bounds.schemaVersion("schemaVersion", schemaVersion());
    Bounds.instant("assessedAt", assessedAt());
    Bounds.size("findings", findings());
    Bounds.size("packs", packs());
    Bounds.size("rulesApplied", rulesApplied());
    Require.that(inputsDigest().matches("[0-9a-f]{64}"), "inputsDigest", inputsDigest(),
        "must be 64 lower-case hex digits (SHA-256)");
    for (int i = 0; i < rulesApplied().size(); i++) {
      PackRef p = rulesApplied().get(i).pack();
      Require.thatElement(packs().contains(p), "rulesApplied", i, ".pack", p, "must be listed in packs");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; not thread-safe. */

  /**
   * Builds a {@link Assessment}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableAssessment.Builder delegate = ImmutableAssessment.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Assessment instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Assessment#schemaVersion() schemaVersion}.
     *
     * @param schemaVersion the value
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      delegate.schemaVersion(schemaVersion);
      return this;
    }

    /**
     * Sets {@link Assessment#calculator() calculator}.
     *
     * @param calculator the value
     * @return this builder
     */
    public Builder calculator(String calculator) {
      delegate.calculator(calculator);
      return this;
    }

    /**
     * Sets {@link Assessment#subject() subject}.
     *
     * @param subject the value
     * @return this builder
     */
    public Builder subject(Subject subject) {
      delegate.subject(subject);
      return this;
    }

    /**
     * Sets {@link Assessment#period() period}.
     *
     * @param period the value
     * @return this builder
     */
    public Builder period(Period period) {
      delegate.period(period);
      return this;
    }

    /**
     * Sets {@link Assessment#period() period}.
     *
     * @param period the value
     * @return this builder
     */
    public Builder period(Optional<? extends Period> period) {
      Require.nonNull("period", period);
      delegate.period(period);
      return this;
    }

    /**
     * Sets {@link Assessment#assessedAt() assessedAt}.
     *
     * @param assessedAt the value
     * @return this builder
     */
    public Builder assessedAt(Instant assessedAt) {
      delegate.assessedAt(assessedAt);
      return this;
    }

    /**
     * Sets {@link Assessment#inputsDigest() inputsDigest}.
     *
     * @param inputsDigest the value
     * @return this builder
     */
    public Builder inputsDigest(String inputsDigest) {
      delegate.inputsDigest(inputsDigest);
      return this;
    }

    /**
     * Adds elements to {@link Assessment#packs() packs}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addPacks(PackRef element) {
      delegate.addPacks(element);
      return this;
    }

    /**
     * Adds elements to {@link Assessment#packs() packs}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addPacks(PackRef... elements) {
      delegate.addPacks(Require.noNullIn("packs", elements));
      return this;
    }

    /**
     * Sets {@link Assessment#packs() packs}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder packs(Iterable<? extends PackRef> elements) {
      delegate.packs(Require.noNullIn("packs", elements));
      return this;
    }

    /**
     * Adds elements to {@link Assessment#packs() packs}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllPacks(Iterable<? extends PackRef> elements) {
      delegate.addAllPacks(Require.noNullIn("packs", elements));
      return this;
    }

    /**
     * Adds elements to {@link Assessment#rulesApplied() rulesApplied}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addRulesApplied(AppliedRule element) {
      delegate.addRulesApplied(element);
      return this;
    }

    /**
     * Adds elements to {@link Assessment#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addRulesApplied(AppliedRule... elements) {
      delegate.addRulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Sets {@link Assessment#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder rulesApplied(Iterable<? extends AppliedRule> elements) {
      delegate.rulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Adds elements to {@link Assessment#rulesApplied() rulesApplied}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllRulesApplied(Iterable<? extends AppliedRule> elements) {
      delegate.addAllRulesApplied(Require.noNullIn("rulesApplied", elements));
      return this;
    }

    /**
     * Adds elements to {@link Assessment#findings() findings}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addFindings(Finding element) {
      delegate.addFindings(element);
      return this;
    }

    /**
     * Adds elements to {@link Assessment#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addFindings(Finding... elements) {
      delegate.addFindings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * Sets {@link Assessment#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder findings(Iterable<? extends Finding> elements) {
      delegate.findings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * Adds elements to {@link Assessment#findings() findings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllFindings(Iterable<? extends Finding> elements) {
      delegate.addAllFindings(Require.noNullIn("findings", elements));
      return this;
    }

    /**
     * A new {@link Assessment} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public Assessment build() {
      return delegate.build();
    }
  }
}
