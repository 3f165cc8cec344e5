package org.anxiao.safety.defence;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The facility-table rule (技防物防设施配置要求), bound from packs of kind
 * {@code anxiao.safety.facility-table}: the table of facilities by key part, each 应 (required) or 宜
 * (recommended), and the weight each obligation carries in the compliance score.
 *
 * <p>The shipped pack {@code cn.gbt29315-2022.facilities} follows GB/T 29315-2022《中小学、幼儿园安全防范
 * 要求》 (in force from 2022-06-01) without its text having been read: it is {@code UNVERIFIED} and holds
 * only the two facilities secondary reports give as 应 — hard anti-ramming barriers outside the main
 * gate and a perimeter wall or fence; the rest of the table is left out until it can be checked. Its
 * weights (应 2, 宜 1) are Anxiao's, not the standard's: the standard states obligations, not weights.
 *
 * <p>Checked when bound (after layering): {@code requiredWeight} is above {@code recommendedWeight},
 * so that a 应 item always weighs more than a 宜 item; a pack breaking it is refused with
 * {@code RULE_PACK_INVALID} and the pointer of {@code requiredWeight}. Immutable and thread-safe.
 *
 * @param table             the facilities by key part
 * @param requiredWeight    the weight of a 应 item, greater than zero (a pure number)
 * @param recommendedWeight the weight of a 宜 item, greater than zero and below {@code requiredWeight}
 */
public record FacilityTableRule(RuleValue<FacilityTable> table, RuleValue<BigDecimal> requiredWeight,
    RuleValue<BigDecimal> recommendedWeight) {

  static final ParameterSpec<FacilityTable> TABLE = ParameterSpec.structure("table", FacilityTable.class);
  static final ParameterSpec<BigDecimal> REQUIRED_WEIGHT = ParameterSpec.decimal("requiredWeight").positive();
  static final ParameterSpec<BigDecimal> RECOMMENDED_WEIGHT = ParameterSpec.decimal("recommendedWeight").positive();

  /** The rule kind {@code anxiao.safety.facility-table}. */
  public static final RuleKind<FacilityTableRule> KIND = RuleKind.of("anxiao.safety.facility-table",
      List.of(TABLE, REQUIRED_WEIGHT, RECOMMENDED_WEIGHT), FacilityTableRule::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param table             the facilities by key part
   * @param requiredWeight    the weight of a 应 item
   * @param recommendedWeight the weight of a 宜 item, below {@code requiredWeight}
   */
  public FacilityTableRule {
    typed(Require.nonNull("table", table), FacilityTable.class);
    typed(Require.nonNull("requiredWeight", requiredWeight), BigDecimal.class);
    typed(Require.nonNull("recommendedWeight", recommendedWeight), BigDecimal.class);
    positive(requiredWeight);
    positive(recommendedWeight);
    if (requiredWeight.value().compareTo(recommendedWeight.value()) <= 0) {
      throw refused(requiredWeight, "must be above recommendedWeight = " + recommendedWeight.value().toPlainString()
          + ": a 应 (required) item weighs more than a 宜 (recommended) one");
    }
  }

  /**
   * {@return the weight of {@code obligation}}
   *
   * @param obligation 应 or 宜
   */
  public RuleValue<BigDecimal> weight(Obligation obligation) {
    return switch (Require.nonNull("obligation", obligation)) {
      case REQUIRED -> requiredWeight;
      case RECOMMENDED -> recommendedWeight;
    };
  }

  /** A raw or unchecked RuleValue may carry another parameter's value: refuse it before comparing. */
  private static void typed(RuleValue<?> value, Class<?> type) {
    if (!type.isInstance(value.value())) {
      throw new InvalidValueException(value.applied().parameter(), value.applied().value(),
          "is not a " + type.getSimpleName() + " value");
    }
  }

  private static void positive(RuleValue<BigDecimal> weight) {
    if (weight.value().signum() <= 0) {
      throw refused(weight, "must be greater than zero");
    }
  }

  private static RulePackException refused(RuleValue<?> value, String rule) {
    return new RulePackException(RulePackException.INVALID,
        value.applied().pack() + "#/parameters/" + value.applied().parameter() + "/value", value.applied().value(), rule);
  }

  private static FacilityTableRule bind(RuleBinding b) {
    return new FacilityTableRule(b.get(TABLE), b.get(REQUIRED_WEIGHT), b.get(RECOMMENDED_WEIGHT));
  }
}
