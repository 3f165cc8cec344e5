package org.anxiao.logistics.food;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The food-safety routines of a school canteen (学校食堂食品安全日常管理), bound from packs of kind
 * {@code anxiao.logistics.food-safety-routines}:
 * <ul>
 *   <li>{@code sampleMinimumMass} (g) — the least mass of each dish's sample: 125 g nationally
 *       (餐饮服务食品安全操作规范, 市场监管总局公告2018年第12号; 学校食品安全与营养健康管理规定, 教育部 国家市场监督管理总局
 *       国家卫生健康委员会令第45号, 2019; SECONDARY); some local rules ask 200 g;</li>
 *   <li>{@code sampleMinimumHours} (h) — the least keeping time: 48 h (GB 31654-2021 §13.3.2);</li>
 *   <li>{@code sampleRefrigerated}, {@code sampleLabelled} — samples in dedicated refrigeration, labelled;</li>
 *   <li>{@code deliveryCheckers} — the least number of people checking a delivery (2, [S]);</li>
 *   <li>{@code deliveryDocuments} — 索证索票 for every delivery;</li>
 *   <li>{@code healthCertificates} — every worker on duty holds a valid health certificate;</li>
 *   <li>{@code leaderAtEveryMeal} — a school leader eats with the pupils at every meal (陪餐, [S]);</li>
 *   <li>{@code dailyRecords} (optional) — the routines a day's log must show: Shanghai's list of
 *       沪教委后〔2024〕10号 §四1 (OFFICIAL_TEXT), layered over the national pack.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param sampleMinimumMass   the least sample mass, g
 * @param sampleMinimumHours  the least keeping time, h
 * @param sampleRefrigerated  whether samples must be in dedicated refrigeration
 * @param sampleLabelled      whether samples must be labelled
 * @param deliveryCheckers    the least number of checkers per delivery
 * @param deliveryDocuments   whether every delivery needs 索证索票
 * @param healthCertificates  whether every worker on duty needs a valid health certificate
 * @param leaderAtEveryMeal   whether a leader must eat with the pupils at every meal
 * @param dailyRecords        the routines a day's log must show, when a pack in force gives them
 */
public record FoodSafetyRoutineRule(RuleValue<BigDecimal> sampleMinimumMass, RuleValue<Long> sampleMinimumHours,
    RuleValue<Boolean> sampleRefrigerated, RuleValue<Boolean> sampleLabelled, RuleValue<Long> deliveryCheckers,
    RuleValue<Boolean> deliveryDocuments, RuleValue<Boolean> healthCertificates, RuleValue<Boolean> leaderAtEveryMeal,
    Optional<RuleValue<Set<DailyRoutine>>> dailyRecords) {
  static final ParameterSpec<BigDecimal> MASS = ParameterSpec.decimal("sampleMinimumMass", "g").positive();
  static final ParameterSpec<Long> HOURS = ParameterSpec.wholeNumber("sampleMinimumHours", Optional.of("h"))
      .range(BigDecimal.ONE, BigDecimal.valueOf(8_760));
  static final ParameterSpec<Boolean> REFRIGERATED = ParameterSpec.flag("sampleRefrigerated");
  static final ParameterSpec<Boolean> LABELLED = ParameterSpec.flag("sampleLabelled");
  static final ParameterSpec<Long> CHECKERS = ParameterSpec.wholeNumber("deliveryCheckers", Optional.empty())
      .positive();
  static final ParameterSpec<Boolean> DOCUMENTS = ParameterSpec.flag("deliveryDocuments");
  static final ParameterSpec<Boolean> CERTIFICATES = ParameterSpec.flag("healthCertificates");
  static final ParameterSpec<Boolean> LEADER = ParameterSpec.flag("leaderAtEveryMeal");
  static final ParameterSpec<Set<DailyRoutine>> RECORDS =
      ParameterSpec.enumSet("dailyRecords", DailyRoutine.class).optional();

  /** The rule kind {@code anxiao.logistics.food-safety-routines}. */
  public static final RuleKind<FoodSafetyRoutineRule> KIND = RuleKind.of("anxiao.logistics.food-safety-routines",
      List.of(MASS, HOURS, REFRIGERATED, LABELLED, CHECKERS, DOCUMENTS, CERTIFICATES, LEADER, RECORDS),
      FoodSafetyRoutineRule::bind);

  /**
   * Creates the record after checking each component is given.
   *
   * @param sampleMinimumMass  the least sample mass, g
   * @param sampleMinimumHours the least keeping time, h
   * @param sampleRefrigerated dedicated refrigeration required
   * @param sampleLabelled     labels required
   * @param deliveryCheckers   the least number of checkers
   * @param deliveryDocuments  索证索票 required
   * @param healthCertificates health certificates required
   * @param leaderAtEveryMeal  陪餐 at every meal required
   * @param dailyRecords       the routines a log must show, if given
   */
  public FoodSafetyRoutineRule {
    Require.nonNull("sampleMinimumMass", sampleMinimumMass);
    Require.nonNull("sampleMinimumHours", sampleMinimumHours);
    Require.nonNull("sampleRefrigerated", sampleRefrigerated);
    Require.nonNull("sampleLabelled", sampleLabelled);
    Require.nonNull("deliveryCheckers", deliveryCheckers);
    Require.nonNull("deliveryDocuments", deliveryDocuments);
    Require.nonNull("healthCertificates", healthCertificates);
    Require.nonNull("leaderAtEveryMeal", leaderAtEveryMeal);
    Require.nonNull("dailyRecords", dailyRecords);
  }

  private static FoodSafetyRoutineRule bind(RuleBinding b) {
    return new FoodSafetyRoutineRule(b.get(MASS), b.get(HOURS), b.get(REFRIGERATED), b.get(LABELLED),
        b.get(CHECKERS), b.get(DOCUMENTS), b.get(CERTIFICATES), b.get(LEADER), b.find(RECORDS));
  }
}
