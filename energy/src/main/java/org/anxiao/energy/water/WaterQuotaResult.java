package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Volume;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * Water use per person over one year against the quota tiers of a category (人均用水量与用水定额):
 * the intensity in m³/person·a, the pack's 先进值 and 通用值 as written, the tier it falls in, and a
 * finding when it exceeds a tier.
 *
 * <p>Invariants: {@code volume} finite and zero or more, m³; {@code population} finite and greater
 * than zero; {@code perPerson} finite and zero or more; {@code advanced ≤ general}, both greater than
 * zero; {@code tier} is the tier of {@code perPerson}. Immutable and thread-safe.
 *
 * @param subject         what was assessed (a school, a campus)
 * @param reportingPeriod the year assessed
 * @param category        the quota category (a row key of the pack)
 * @param volume          water used over the year, m³
 * @param population      persons (用水人数), the average over the year
 * @param perPerson       volume ÷ population, m³/person·a
 * @param advanced        先进值 for the category, m³/person·a, as written in the pack
 * @param general         通用值 for the category, m³/person·a, as written in the pack
 * @param tier            where {@code perPerson} falls
 * @param rules           the rule values used, in first-use order
 * @param packs           the packs in force, narrowest first
 * @param findings        a finding when a tier is exceeded
 */
public record WaterQuotaResult(Subject subject, Period reportingPeriod, String category, double volume, double population,
    double perPerson, BigDecimal advanced, BigDecimal general, QuotaTier tier, List<AppliedRule> rules,
    List<PackRef> packs, List<Finding> findings) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject         what was assessed
   * @param reportingPeriod the year
   * @param category        the quota category
   * @param volume          water used, m³
   * @param population      persons, average
   * @param perPerson       m³/person·a
   * @param advanced        先进值, m³/person·a
   * @param general         通用值, m³/person·a
   * @param tier            the tier
   * @param rules           the rule values used
   * @param packs           the packs in force
   * @param findings        the findings
   */
  public WaterQuotaResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Bounds.code("category", category);
    Require.nonNegative("volume", Bounds.decimal("volume", volume));
    Require.positive("population", Bounds.decimal("population", population));
    Require.nonNegative("perPerson", Bounds.decimal("perPerson", perPerson));
    Bounds.positive("advanced", Bounds.decimal("advanced", advanced));
    Bounds.positive("general", Bounds.decimal("general", general));
    Require.that(advanced.compareTo(general) <= 0, "advanced", advanced.toPlainString(),
        "must not exceed the general value {}", general.toPlainString());
    Require.nonNull("tier", tier);
    Require.that(tier == QuotaTier.of(perPerson, advanced.doubleValue(), general.doubleValue()), "tier", tier,
        "must be the tier of perPerson: {}", QuotaTier.of(perPerson, advanced.doubleValue(), general.doubleValue()));
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /** {@return the water used over the year as a quantity in m³} */
  @JsonIgnore
  public Quantity<Volume> used() {
    return AnxiaoUnits.of(volume, AnxiaoUnits.CUBIC_METER);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return WaterQuotas.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(reportingPeriod);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, reportingPeriod, category, volume, population);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, String category, double volume, double population) {}
}
