package org.anxiao.energy.coal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Energy;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * Standard coal of one subject over one period (综合能耗折标结果): kgce by carrier and in total, on a
 * stated electricity basis, with the rule values used and the consumptions it came from. Becomes
 * an {@link org.anxiao.core.finding.Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: {@code totalKgce} is the sum of the counted lines' kgce, finite and zero or more;
 * one line per carrier present, in {@link Carrier} order. Immutable and thread-safe.
 *
 * @param subject      what was calculated (a school, a building)
 * @param reportingPeriod the period (统计期)
 * @param basis        the electricity basis every kgce here is on
 * @param lines        kgce by carrier
 * @param totalKgce    the total, kgce
 * @param rules        the rule values used, in first-use order
 * @param packs        the packs in force, narrowest first
 * @param consumptions the consumptions converted (the input)
 */
public record CoalEquivalentResult(Subject subject, Period reportingPeriod, ElectricityBasis basis, List<CarrierLine> lines,
    double totalKgce, List<AppliedRule> rules, List<PackRef> packs, List<Consumption> consumptions)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject      what was calculated
   * @param reportingPeriod the period (统计期)
   * @param basis        the electricity basis
   * @param lines        kgce by carrier
   * @param totalKgce    the total, kgce
   * @param rules        the rule values used
   * @param packs        the packs in force
   * @param consumptions the consumptions converted
   */
  public CoalEquivalentResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.nonNull("basis", basis);
    lines = Bounds.list("lines", lines);
    Require.that(Bounds.decimal("totalKgce", totalKgce) >= 0, "totalKgce", totalKgce, "must be zero or more");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    consumptions = Bounds.list("consumptions", consumptions);
  }

  /** {@return the total as a quantity in kgce} */
  @JsonIgnore
  public Quantity<Energy> total() {
    return AnxiaoUnits.of(totalKgce, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT);
  }

  /**
   * {@return the line of {@code carrier}, if the result has one}
   *
   * @param carrier the carrier
   */
  public Optional<CarrierLine> line(Carrier carrier) {
    Require.nonNull("carrier", carrier);
    return lines.stream().filter(l -> l.carrier() == carrier).findFirst();
  }

  /**
   * {@return the kgce per carrier unit this result applied to its consumption {@code index}} The
   * carrier's coefficient (zero when the carrier does not count), or, for a fuel with a measured
   * calorific value, that value ÷ the kgce definition the result read — as {@link CoalEquivalents}
   * computed it.
   *
   * @param index the consumption's position in {@link #consumptions()}
   */
  public BigDecimal coefficient(int index) {
    Require.that(index >= 0 && index < consumptions.size(), "index", index, "must be between 0 and {}",
        consumptions.size() - 1);
    Consumption c = consumptions.get(index);
    if (c.measuredCalorificValue().isPresent()) {
      String definition = CoalEquivalentRule.KGCE_CALORIFIC_VALUE.name();
      for (AppliedRule r : rules) {
        if (r.parameter().equals(definition)) {
          return CoalEquivalents.measured(c.measuredCalorificValue().get(), new BigDecimal(r.value()));
        }
      }
    }
    return line(c.carrier()).map(CarrierLine::coefficient).orElse(BigDecimal.ZERO);
  }

  /** {@return true when any amount converted was estimated} */
  @JsonIgnore
  public boolean anyEstimated() {
    return lines.stream().anyMatch(l -> l.estimatedAmount() > 0);
  }

  /**
   * Refuses a comparison with a figure on another electricity basis: kgce on 当量值 and on 等价值 differ
   * by a factor of about 2.5, and are never converted silently.
   *
   * @param field the field that carries the other figure, named in the error
   * @param other the other figure's basis
   * @return this result
   * @throws UnitMismatchException when the bases differ
   */
  public CoalEquivalentResult requireBasis(String field, ElectricityBasis other) {
    Bounds.code("field", field);
    Require.nonNull("other", other);
    if (other != basis) {
      throw new UnitMismatchException(field, "kgce (" + other + ")", "must be on the electricity basis " + basis
          + " (" + basis.label().zh() + ") of the result it is compared with");
    }
    return this;
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return CoalEquivalents.ID;
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
    return new Inputs(subject, reportingPeriod, basis, consumptions);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, ElectricityBasis basis, List<Consumption> consumptions) {}
}
