package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * Food-waste targets (反餐饮浪费目标), bound from packs of kind {@code anxiao.logistics.food-waste}.
 * 沪教委保〔2021〕13号 §三(三)2 asks for the 光盘 campaign and a lower ingredient loss rate but sets no
 * number, so the library ships no pack of this kind: a district or school that sets targets registers
 * its own. Every parameter is optional; a target a pack does not give is not checked.
 *
 * <ul>
 *   <li>{@code maxPlateWastePerMeal} — the most plate waste per person-meal, grams ({@code "unit": "g"});</li>
 *   <li>{@code maxLossRate} — the highest ingredient loss rate, a pure number in [0, 1];</li>
 *   <li>{@code minCleanTrayRate} — the lowest clean-tray rate (光盘率), a pure number in [0, 1].</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param maxPlateWastePerMeal the most grams of plate waste per person-meal, when a pack gives it
 * @param maxLossRate          the highest loss rate, when a pack gives it
 * @param minCleanTrayRate     the lowest clean-tray rate, when a pack gives it
 */
public record FoodWasteTargets(Optional<RuleValue<BigDecimal>> maxPlateWastePerMeal,
    Optional<RuleValue<BigDecimal>> maxLossRate, Optional<RuleValue<BigDecimal>> minCleanTrayRate) {
  static final ParameterSpec<BigDecimal> MAX_PLATE_WASTE =
      ParameterSpec.decimal("maxPlateWastePerMeal", "g").nonNegative().optional();
  static final ParameterSpec<BigDecimal> MAX_LOSS_RATE =
      ParameterSpec.decimal("maxLossRate").range(BigDecimal.ZERO, BigDecimal.ONE).optional();
  static final ParameterSpec<BigDecimal> MIN_CLEAN_TRAY_RATE =
      ParameterSpec.decimal("minCleanTrayRate").range(BigDecimal.ZERO, BigDecimal.ONE).optional();

  /** The rule kind {@code anxiao.logistics.food-waste}. */
  public static final RuleKind<FoodWasteTargets> KIND = RuleKind.of("anxiao.logistics.food-waste",
      List.of(MAX_PLATE_WASTE, MAX_LOSS_RATE, MIN_CLEAN_TRAY_RATE), FoodWasteTargets::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param maxPlateWastePerMeal the most grams per person-meal, when given
   * @param maxLossRate          the highest loss rate, when given
   * @param minCleanTrayRate     the lowest clean-tray rate, when given
   */
  public FoodWasteTargets {
    Require.nonNull("maxPlateWastePerMeal", maxPlateWastePerMeal);
    Require.nonNull("maxLossRate", maxLossRate);
    Require.nonNull("minCleanTrayRate", minCleanTrayRate);
  }

  /**
   * {@return the target of {@code measure}, when a pack gives it}
   *
   * @param measure the measure
   */
  public Optional<RuleValue<BigDecimal>> target(FoodWasteMeasure measure) {
    return switch (Require.nonNull("measure", measure)) {
      case PLATE_WASTE_PER_MEAL -> maxPlateWastePerMeal;
      case LOSS_RATE -> maxLossRate;
      case CLEAN_TRAY_RATE -> minCleanTrayRate;
    };
  }

  private static FoodWasteTargets bind(RuleBinding b) {
    return new FoodWasteTargets(b.find(MAX_PLATE_WASTE), b.find(MAX_LOSS_RATE), b.find(MIN_CLEAN_TRAY_RATE));
  }
}
