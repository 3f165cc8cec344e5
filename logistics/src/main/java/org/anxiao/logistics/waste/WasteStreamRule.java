package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The waste streams in force and the readings of the waste-sorting figures (生活垃圾分类口径), bound from
 * packs of kind {@code anxiao.logistics.waste-streams}:
 * <ul>
 *   <li>{@code streams} — the streams a record may list (Shanghai: the four of 上海市生活垃圾管理条例 第四条);</li>
 *   <li>{@code recovered} — the streams whose whole mass counts as recovered in the recycling rate (资源回收率),
 *       a subset of {@code streams}; the safer reading, shipped, is {@code RECYCLABLE} only;</li>
 *   <li>{@code wetOnSiteRecovered} — whether wet waste treated on site counts as recovered too (shipped: false);</li>
 *   <li>optional targets: {@code minSortingAccuracy}, {@code minRecyclingRate}, {@code minWetOnSiteShare}
 *       (pure numbers in [0, 1]) and {@code maxPerPersonDay} (kilograms per person per day,
 *       {@code "unit": "kg"}); the shipped pack gives none, as the sources give none.</li>
 * </ul>
 * Checked when bound: {@code streams} not empty and {@code recovered} within it. Immutable and thread-safe.
 *
 * @param streams            the streams in force
 * @param recovered          the streams counted as recovered
 * @param wetOnSiteRecovered whether on-site treated wet waste counts as recovered
 * @param minSortingAccuracy the lowest sorting accuracy, when a pack gives it
 * @param minRecyclingRate   the lowest recycling rate, when a pack gives it
 * @param minWetOnSiteShare  the lowest on-site share of wet waste, when a pack gives it
 * @param maxPerPersonDay    the most kilograms per person per day, when a pack gives it
 */
public record WasteStreamRule(RuleValue<Set<WasteStream>> streams, RuleValue<Set<WasteStream>> recovered,
    RuleValue<Boolean> wetOnSiteRecovered, Optional<RuleValue<BigDecimal>> minSortingAccuracy,
    Optional<RuleValue<BigDecimal>> minRecyclingRate, Optional<RuleValue<BigDecimal>> minWetOnSiteShare,
    Optional<RuleValue<BigDecimal>> maxPerPersonDay) {
  static final ParameterSpec<Set<WasteStream>> STREAMS = ParameterSpec.enumSet("streams", WasteStream.class);
  static final ParameterSpec<Set<WasteStream>> RECOVERED = ParameterSpec.enumSet("recovered", WasteStream.class);
  static final ParameterSpec<Boolean> WET_ON_SITE_RECOVERED = ParameterSpec.flag("wetOnSiteRecovered");
  static final ParameterSpec<BigDecimal> MIN_SORTING_ACCURACY = share("minSortingAccuracy");
  static final ParameterSpec<BigDecimal> MIN_RECYCLING_RATE = share("minRecyclingRate");
  static final ParameterSpec<BigDecimal> MIN_WET_ON_SITE_SHARE = share("minWetOnSiteShare");
  static final ParameterSpec<BigDecimal> MAX_PER_PERSON_DAY =
      ParameterSpec.decimal("maxPerPersonDay", "kg").nonNegative().optional();

  /** The rule kind {@code anxiao.logistics.waste-streams}. */
  public static final RuleKind<WasteStreamRule> KIND = RuleKind.of("anxiao.logistics.waste-streams",
      List.of(STREAMS, RECOVERED, WET_ON_SITE_RECOVERED, MIN_SORTING_ACCURACY, MIN_RECYCLING_RATE,
          MIN_WET_ON_SITE_SHARE, MAX_PER_PERSON_DAY), WasteStreamRule::bind);

  /**
   * Creates the record after checking {@code streams} is not empty and holds {@code recovered}.
   *
   * @param streams            the streams in force
   * @param recovered          the streams counted as recovered
   * @param wetOnSiteRecovered whether on-site treated wet waste counts as recovered
   * @param minSortingAccuracy the lowest sorting accuracy, when given
   * @param minRecyclingRate   the lowest recycling rate, when given
   * @param minWetOnSiteShare  the lowest on-site share, when given
   * @param maxPerPersonDay    the most kilograms per person per day, when given
   * @throws RulePackException {@code RULE_PACK_INVALID} when {@code streams} is empty or misses a recovered stream
   */
  public WasteStreamRule {
    Require.nonNull("streams", streams);
    Require.nonNull("recovered", recovered);
    Require.nonNull("wetOnSiteRecovered", wetOnSiteRecovered);
    Require.nonNull("minSortingAccuracy", minSortingAccuracy);
    Require.nonNull("minRecyclingRate", minRecyclingRate);
    Require.nonNull("minWetOnSiteShare", minWetOnSiteShare);
    Require.nonNull("maxPerPersonDay", maxPerPersonDay);
    Object streamSet = streams.value();
    Object recoveredSet = recovered.value();
    if (!(streamSet instanceof Set<?> in) || in.isEmpty()) {
      throw new RulePackException(RulePackException.INVALID, streams.applied().pack() + "#/parameters/streams",
          streams.applied().value(), "must name at least one stream");
    }
    if (!(recoveredSet instanceof Set<?> rec) || !in.containsAll(rec)) {
      throw new RulePackException(RulePackException.INVALID, recovered.applied().pack() + "#/parameters/recovered",
          recovered.applied().value(), "must name only streams in force " + in);
    }
  }

  private static ParameterSpec<BigDecimal> share(String name) {
    return ParameterSpec.decimal(name).range(BigDecimal.ZERO, BigDecimal.ONE).optional();
  }

  private static WasteStreamRule bind(RuleBinding b) {
    return new WasteStreamRule(b.get(STREAMS), b.get(RECOVERED), b.get(WET_ON_SITE_RECOVERED),
        b.find(MIN_SORTING_ACCURACY), b.find(MIN_RECYCLING_RATE), b.find(MIN_WET_ON_SITE_SHARE),
        b.find(MAX_PER_PERSON_DAY));
  }
}
