package org.anxiao.core.rule;

import org.anxiao.core.internal.Require;

/**
 * A rule value bound to its Java type, with the record of where it came from (规则取值): the pack and
 * version, the parameter, the exact value as written, its unit, verification and clause.
 *
 * <p>Calculators read the value through {@link RuleTrace#use}, which applies the caller's
 * {@link VerificationPolicy} and records the {@link AppliedRule} in the result, so every calculator
 * treats unverified figures the same way. Immutable and thread-safe when {@code V} is.
 *
 * @param value   the bound value
 * @param applied where it came from, as results record it
 * @param <V>     the bound type
 */
public record RuleValue<V>(V value, AppliedRule applied) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value   the bound value
   * @param applied where it came from, as results record it
   */
  public RuleValue {
    Require.nonNull("value", value);
    Require.nonNull("applied", applied);
  }

  /** {@return the verification of the value} */
  public Verification verification() {
    return applied.verification();
  }

  @Override
  public String toString() {
    return applied.pack() + "/" + applied.parameter() + " = " + applied.value();
  }
}
