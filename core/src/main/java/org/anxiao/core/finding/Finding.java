package org.anxiao.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.Measure;
import org.immutables.value.Value;

/**
 * A finding (检查发现): one thing a calculator found, with a stable {@link FindingCode}, severity,
 * subject, the measured and required values with units, a zh-CN/en message and the rule values it
 * was judged against (pack, version, clause).
 *
 * <p>Invariants: when both measured and required are given they have the same unit, and a
 * comparison is given. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  Finding() {}

  /** {@return stable code; also the key of its message} */
  public abstract FindingCode code();

  /** {@return how serious it is} */
  public abstract Severity severity();

  /** {@return what it is about} */
  public abstract Subject subject();

  /** {@return the measured value, if the finding compares numbers} */
  public abstract Optional<Measure> measured();

  /** {@return the required value, if the finding compares numbers} */
  public abstract Optional<Measure> required();

  /** {@return how measured was compared with required} */
  public abstract Optional<Comparison> comparison();

  /** {@return the message in zh-CN and English} */
  public abstract LocalizedText message();

  /** {@return the rule values the finding was judged against, with citations} */
  public abstract List<AppliedRule> rules();

  @Value.Check
  void check() {
    Bounds.size("rules", rules());
    if (measured().isPresent() && required().isPresent()) {
      Require.that(measured().get().unit().equals(required().get().unit()), "required.unit",
          required().get().unit(), "must equal measured.unit {}", measured().get().unit());
      Require.that(comparison().isPresent(), "comparison", null, "is required when measured and required are given");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */

  /**
   * Builds a {@link Finding}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableFinding.Builder delegate = ImmutableFinding.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Finding instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Finding#code() code}.
     *
     * @param code the value
     * @return this builder
     */
    public Builder code(FindingCode code) {
      delegate.code(code);
      return this;
    }

    /**
     * Sets {@link Finding#severity() severity}.
     *
     * @param severity the value
     * @return this builder
     */
    public Builder severity(Severity severity) {
      delegate.severity(severity);
      return this;
    }

    /**
     * Sets {@link Finding#subject() subject}.
     *
     * @param subject the value
     * @return this builder
     */
    public Builder subject(Subject subject) {
      delegate.subject(subject);
      return this;
    }

    /**
     * Sets {@link Finding#measured() measured}.
     *
     * @param measured the value
     * @return this builder
     */
    public Builder measured(Measure measured) {
      delegate.measured(measured);
      return this;
    }

    /**
     * Sets {@link Finding#measured() measured}.
     *
     * @param measured the value
     * @return this builder
     */
    public Builder measured(Optional<? extends Measure> measured) {
      Require.nonNull("measured", measured);
      delegate.measured(measured);
      return this;
    }

    /**
     * Sets {@link Finding#required() required}.
     *
     * @param required the value
     * @return this builder
     */
    public Builder required(Measure required) {
      delegate.required(required);
      return this;
    }

    /**
     * Sets {@link Finding#required() required}.
     *
     * @param required the value
     * @return this builder
     */
    public Builder required(Optional<? extends Measure> required) {
      Require.nonNull("required", required);
      delegate.required(required);
      return this;
    }

    /**
     * Sets {@link Finding#comparison() comparison}.
     *
     * @param comparison the value
     * @return this builder
     */
    public Builder comparison(Comparison comparison) {
      delegate.comparison(comparison);
      return this;
    }

    /**
     * Sets {@link Finding#comparison() comparison}.
     *
     * @param comparison the value
     * @return this builder
     */
    public Builder comparison(Optional<? extends Comparison> comparison) {
      Require.nonNull("comparison", comparison);
      delegate.comparison(comparison);
      return this;
    }

    /**
     * Sets {@link Finding#message() message}.
     *
     * @param message the value
     * @return this builder
     */
    public Builder message(LocalizedText message) {
      delegate.message(message);
      return this;
    }

    /**
     * Adds elements to {@link Finding#rules() rules}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addRules(AppliedRule element) {
      delegate.addRules(element);
      return this;
    }

    /**
     * Adds elements to {@link Finding#rules() rules}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addRules(AppliedRule... elements) {
      delegate.addRules(Require.noNullIn("rules", elements));
      return this;
    }

    /**
     * Sets {@link Finding#rules() rules}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder rules(Iterable<? extends AppliedRule> elements) {
      delegate.rules(Require.noNullIn("rules", elements));
      return this;
    }

    /**
     * Adds elements to {@link Finding#rules() rules}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllRules(Iterable<? extends AppliedRule> elements) {
      delegate.addAllRules(Require.noNullIn("rules", elements));
      return this;
    }

    /**
     * A new {@link Finding} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public Finding build() {
      return delegate.build();
    }
  }
}
