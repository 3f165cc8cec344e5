package org.anxiao.logistics.greening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The result of a campus greening check (校园绿化核算结果): the areas counted toward green coverage and toward the
 * green-space ratio with their terms, the two ratios ({@code min(counted, site) ÷ site}, 4 decimals,
 * {@code HALF_UP}; empty for a site area of 0), whether each reaches the pack's minimum (empty when not
 * checked), the rule values read, the packs in force and bilingual findings. Becomes an
 * {@code Assessment} with {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject          the campus
 * @param campus           the areas assessed (input)
 * @param coverageArea     the area counted toward the coverage
 * @param greenSpaceArea   the area counted toward the green-space ratio
 * @param coverage         green coverage (绿化覆盖率), 0 to 1, 4 decimals; empty for a site area of 0
 * @param greenSpaceRatio  green-space ratio (绿地率), 0 to 1, 4 decimals; empty for a site area of 0
 * @param coverageMet      whether the coverage reaches the minimum; empty when not checked
 * @param greenSpaceMet    whether the green-space ratio reaches the minimum; empty when not checked
 * @param rules            the rule values read, in first-use order
 * @param packs            the packs in force, narrowest first
 * @param findings         the findings
 */
public record GreeningResult(Subject subject, CampusGreening campus, CountedArea coverageArea,
    CountedArea greenSpaceArea, Optional<BigDecimal> coverage, Optional<BigDecimal> greenSpaceRatio,
    Optional<Boolean> coverageMet, Optional<Boolean> greenSpaceMet, List<AppliedRule> rules, List<PackRef> packs,
    List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject         the campus
   * @param campus          the areas assessed
   * @param coverageArea    the area counted toward the coverage
   * @param greenSpaceArea  the area counted toward the green-space ratio
   * @param coverage        the green coverage
   * @param greenSpaceRatio the green-space ratio
   * @param coverageMet     the coverage verdict
   * @param greenSpaceMet   the green-space verdict
   * @param rules           the rule values read
   * @param packs           the packs in force
   * @param findings        the findings
   */
  public GreeningResult {
    Require.nonNull("subject", subject);
    Require.nonNull("campus", campus);
    Require.nonNull("coverageArea", coverageArea);
    Require.nonNull("greenSpaceArea", greenSpaceArea);
    coverage = Objects.requireNonNullElse(coverage, Optional.empty());
    coverage.ifPresent(r -> share("coverage", r));
    greenSpaceRatio = Objects.requireNonNullElse(greenSpaceRatio, Optional.empty());
    greenSpaceRatio.ifPresent(r -> share("greenSpaceRatio", r));
    coverageMet = Objects.requireNonNullElse(coverageMet, Optional.empty());
    greenSpaceMet = Objects.requireNonNullElse(greenSpaceMet, Optional.empty());
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  private static void share(String field, BigDecimal value) {
    Bounds.nonNegative(field, value);
    Require.that(value.compareTo(BigDecimal.ONE) <= 0, field, value.toPlainString(), "must be between 0 and 1");
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return Greening.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return campus;
  }
}
