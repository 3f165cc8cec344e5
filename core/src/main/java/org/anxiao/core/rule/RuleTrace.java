package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;

/**
 * The rule values one calculation reads (取值记录), checked against a {@link VerificationPolicy} as
 * they are read. Every calculator reads its bound rule through a trace, so every calculator applies
 * the policy the same way and its result records exactly the values it used, in the order used.
 *
 * <p>A trace belongs to one calculation: it is not thread-safe, and should not outlive the call.
 */
public final class RuleTrace {
  private final VerificationPolicy policy;
  private final Set<AppliedRule> applied = new LinkedHashSet<>();
  private final Set<AppliedRule> refused = new LinkedHashSet<>();

  private RuleTrace(VerificationPolicy policy) {
    this.policy = policy;
  }

  /**
   * {@return a new, empty trace under {@code policy}}
   *
   * @param policy the verification policy applied to every value read
   */
  public static RuleTrace under(VerificationPolicy policy) {
    return new RuleTrace(Require.nonNull("policy", policy));
  }

  /** {@return the policy applied} */
  public VerificationPolicy policy() {
    return policy;
  }

  /**
   * {@return the value, after checking its verification against the policy and recording it}
   *
   * @param <V>   the value's type
   * @param value the rule value
   * @throws RulePackException {@link RulePackException#UNVERIFIED} when the policy refuses it
   */
  public <V> V use(RuleValue<V> value) {
    Require.nonNull("value", value);
    applied.add(policy.require(value.applied()));
    return value.value();
  }

  /**
   * {@return the value when the policy permits it, recorded as used; empty when the policy refuses
   * it, recorded in {@link #refused()}} For a check a calculator skips, with a finding citing the
   * refused value, rather than fails: {@link #use} throws instead.
   *
   * @param <V>   the value's type
   * @param value the rule value
   */
  public <V> java.util.Optional<V> useIfPermitted(RuleValue<V> value) {
    Require.nonNull("value", value);
    if (!policy.permits(value.verification())) {
      refused.add(value.applied());
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(use(value));
  }

  /**
   * {@return one row of a table, after checking the row's verification against the policy and recording it}
   *
   * @param <K>   the table's key type
   * @param table the table
   * @param key   the row's key
   * @throws RulePackException {@link RulePackException#UNVERIFIED} when the policy refuses the row
   * @throws org.anxiao.core.error.UnknownCodeException when the table has no such row
   */
  // Not a null check: a raw or unchecked RuleValue may carry another parameter's value.
  @SuppressWarnings("BadInstanceof")
  public <K> BigDecimal row(RuleValue<RuleTable<K>> table, K key) {
    Require.nonNull("table", table);
    if (!(table.value() instanceof RuleTable<?>)) {
      throw new org.anxiao.core.error.InvalidValueException("table", table.applied().parameter(), "is not a decimal-table value");
    }
    RuleTable<K> t = table.value();
    applied.add(policy.require(t.applied(key)));
    return t.value(key);
  }

  /**
   * Records a value used without reading it through the trace (e.g. a checklist item's maximum).
   *
   * @param rule the value used
   * @return {@code rule}
   */
  public AppliedRule record(AppliedRule rule) {
    applied.add(policy.require(Require.nonNull("rule", rule)));
    return rule;
  }

  /** {@return the values {@link #useIfPermitted} refused so far, in first-refusal order, without repeats} */
  public List<AppliedRule> refused() {
    return List.copyOf(refused);
  }

  /** {@return the values used so far, in first-use order, without repeats} */
  public List<AppliedRule> applied() {
    return List.copyOf(new ArrayList<>(applied));
  }
}
