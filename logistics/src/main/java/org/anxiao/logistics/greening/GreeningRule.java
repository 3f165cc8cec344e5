package org.anxiao.logistics.greening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The greening rule (校园绿化指标), bound from packs of kind {@code anxiao.logistics.greening}: the least green
 * coverage (绿化覆盖率) and green-space ratio (绿地率) for new and for existing schools, and the factors at
 * which roof and vertical greening count. Every parameter is optional and a share from 0 to 1:
 * a minimum the pack does not state is not checked; a factor it does not state is 0 (not counted — the
 * safer reading: a standard that does not say roof greening counts gives it no credit). Every component is
 * required (empty for a value not stated); null is refused with {@code MISSING_VALUE}.
 *
 * <ul>
 *   <li>{@code minGreenCoverageNew}, {@code minGreenCoverageExisting} — least green coverage;</li>
 *   <li>{@code minGreenSpaceRatioNew}, {@code minGreenSpaceRatioExisting} — least green-space ratio;</li>
 *   <li>{@code roofToCoverage} — share of roof greening counted toward the coverage;</li>
 *   <li>{@code verticalToCoverage} — share of vertical greening counted toward the coverage;</li>
 *   <li>{@code roofToGreenSpace} — share of roof greening counted toward the green space;</li>
 *   <li>{@code verticalToGreenSpace} — share of vertical greening counted toward the green space.</li>
 * </ul>
 * Shanghai's pack {@code sh.dgtj08-2438-2024.greening} (DG/TJ08-2438-2024, UNVERIFIED) states only
 * {@code minGreenSpaceRatioNew} 0.35, as a reprint reports it. Immutable.
 *
 * @param minGreenCoverageNew        least coverage for a new school, empty when not stated
 * @param minGreenCoverageExisting   least coverage for an existing school, empty when not stated
 * @param minGreenSpaceRatioNew      least green-space ratio for a new school, empty when not stated
 * @param minGreenSpaceRatioExisting least green-space ratio for an existing school, empty when not stated
 * @param roofToCoverage             roof greening's factor toward coverage, empty when not stated
 * @param verticalToCoverage         vertical greening's factor toward coverage, empty when not stated
 * @param roofToGreenSpace           roof greening's factor toward green space, empty when not stated
 * @param verticalToGreenSpace       vertical greening's factor toward green space, empty when not stated
 */
public record GreeningRule(Optional<RuleValue<BigDecimal>> minGreenCoverageNew,
    Optional<RuleValue<BigDecimal>> minGreenCoverageExisting, Optional<RuleValue<BigDecimal>> minGreenSpaceRatioNew,
    Optional<RuleValue<BigDecimal>> minGreenSpaceRatioExisting, Optional<RuleValue<BigDecimal>> roofToCoverage,
    Optional<RuleValue<BigDecimal>> verticalToCoverage, Optional<RuleValue<BigDecimal>> roofToGreenSpace,
    Optional<RuleValue<BigDecimal>> verticalToGreenSpace) {
  static final ParameterSpec<BigDecimal> MIN_COVERAGE_NEW = share("minGreenCoverageNew");
  static final ParameterSpec<BigDecimal> MIN_COVERAGE_EXISTING = share("minGreenCoverageExisting");
  static final ParameterSpec<BigDecimal> MIN_GREEN_SPACE_NEW = share("minGreenSpaceRatioNew");
  static final ParameterSpec<BigDecimal> MIN_GREEN_SPACE_EXISTING = share("minGreenSpaceRatioExisting");
  static final ParameterSpec<BigDecimal> ROOF_TO_COVERAGE = share("roofToCoverage");
  static final ParameterSpec<BigDecimal> VERTICAL_TO_COVERAGE = share("verticalToCoverage");
  static final ParameterSpec<BigDecimal> ROOF_TO_GREEN_SPACE = share("roofToGreenSpace");
  static final ParameterSpec<BigDecimal> VERTICAL_TO_GREEN_SPACE = share("verticalToGreenSpace");

  /** The rule kind {@code anxiao.logistics.greening}. */
  public static final RuleKind<GreeningRule> KIND = RuleKind.of("anxiao.logistics.greening",
      List.of(MIN_COVERAGE_NEW, MIN_COVERAGE_EXISTING, MIN_GREEN_SPACE_NEW, MIN_GREEN_SPACE_EXISTING,
          ROOF_TO_COVERAGE, VERTICAL_TO_COVERAGE, ROOF_TO_GREEN_SPACE, VERTICAL_TO_GREEN_SPACE),
      GreeningRule::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param minGreenCoverageNew        least coverage for a new school
   * @param minGreenCoverageExisting   least coverage for an existing school
   * @param minGreenSpaceRatioNew      least green-space ratio for a new school
   * @param minGreenSpaceRatioExisting least green-space ratio for an existing school
   * @param roofToCoverage             roof greening's factor toward coverage
   * @param verticalToCoverage         vertical greening's factor toward coverage
   * @param roofToGreenSpace           roof greening's factor toward green space
   * @param verticalToGreenSpace       vertical greening's factor toward green space
   */
  public GreeningRule {
    Require.nonNull("minGreenCoverageNew", minGreenCoverageNew);
    Require.nonNull("minGreenCoverageExisting", minGreenCoverageExisting);
    Require.nonNull("minGreenSpaceRatioNew", minGreenSpaceRatioNew);
    Require.nonNull("minGreenSpaceRatioExisting", minGreenSpaceRatioExisting);
    Require.nonNull("roofToCoverage", roofToCoverage);
    Require.nonNull("verticalToCoverage", verticalToCoverage);
    Require.nonNull("roofToGreenSpace", roofToGreenSpace);
    Require.nonNull("verticalToGreenSpace", verticalToGreenSpace);
  }

  /**
   * {@return the least green coverage for a school of {@code status}, if the pack states one}
   *
   * @param status new or existing
   */
  public Optional<RuleValue<BigDecimal>> minGreenCoverage(CampusStatus status) {
    return Require.nonNull("status", status) == CampusStatus.NEW ? minGreenCoverageNew : minGreenCoverageExisting;
  }

  /**
   * {@return the least green-space ratio for a school of {@code status}, if the pack states one}
   *
   * @param status new or existing
   */
  public Optional<RuleValue<BigDecimal>> minGreenSpaceRatio(CampusStatus status) {
    return Require.nonNull("status", status) == CampusStatus.NEW ? minGreenSpaceRatioNew : minGreenSpaceRatioExisting;
  }

  private static ParameterSpec<BigDecimal> share(String name) {
    return ParameterSpec.decimal(name).range(BigDecimal.ZERO, BigDecimal.ONE).optional();
  }

  private static GreeningRule bind(RuleBinding b) {
    return new GreeningRule(b.find(MIN_COVERAGE_NEW), b.find(MIN_COVERAGE_EXISTING), b.find(MIN_GREEN_SPACE_NEW),
        b.find(MIN_GREEN_SPACE_EXISTING), b.find(ROOF_TO_COVERAGE), b.find(VERTICAL_TO_COVERAGE),
        b.find(ROOF_TO_GREEN_SPACE), b.find(VERTICAL_TO_GREEN_SPACE));
  }
}
