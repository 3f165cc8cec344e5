package org.anxiao.energy.batch;

import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.energy.dualcontrol.DualControlProgress;
import org.anxiao.energy.dualcontrol.DualControlStatus;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MetricProgress;

/**
 * One subject's year in a roll-up (年度汇总行): a school, or a district, city or province as the
 * total over its schools. Intensities are total over total — the subject's kgce over its floor area
 * — never a mean of its schools' intensities. Immutable and thread-safe.
 *
 * @param subject        the school or jurisdiction
 * @param level          the jurisdiction's level; empty for a school
 * @param schools        the schools counted (1 for a school)
 * @param kgce           energy of the year, kgce
 * @param locationTonnes Scope 1 + Scope 2 location-based CO₂ of the year, t
 * @param marketTonnes   Scope 1 + Scope 2 market-based CO₂ of the year, t
 * @param area           floor area, m²
 * @param population     students and staff, persons
 * @param gapMonths      school-months of the year with no energy at all (counted as zero, never estimated)
 * @param dualControl    the dual-control progress, when it could be assessed
 * @param refusal        why the dual-control progress could not be assessed (e.g. no energy in the
 *                       baseline year); present exactly when {@code dualControl} is empty
 */
public record RollUpLine(Subject subject, Optional<JurisdictionLevel> level, int schools, double kgce,
    double locationTonnes, double marketTonnes, double area, long population, int gapMonths,
    Optional<DualControlProgress> dualControl, Optional<Failure> refusal) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject        the subject
   * @param level          the level, empty for a school
   * @param schools        schools counted, at least one
   * @param kgce           kgce, zero or more
   * @param locationTonnes t, zero or more
   * @param marketTonnes   t, zero or more
   * @param area           m², greater than zero
   * @param population     persons, greater than zero
   * @param gapMonths      zero or more
   * @param dualControl    the progress, if assessed
   * @param refusal        the reason it was not, if not
   */
  public RollUpLine {
    Require.nonNull("subject", subject);
    Require.nonNull("level", level);
    Require.that(schools > 0, "schools", schools, "must be at least one");
    Require.nonNegative("kgce", kgce);
    Require.nonNegative("locationTonnes", locationTonnes);
    Require.nonNegative("marketTonnes", marketTonnes);
    Require.positive("area", area);
    Require.that(population > 0, "population", population, "must be greater than zero");
    Require.nonNegative("gapMonths", gapMonths);
    Require.nonNull("dualControl", dualControl);
    Require.nonNull("refusal", refusal);
    Require.that(dualControl.isPresent() != refusal.isPresent(), "refusal", refusal.isPresent(),
        "must be present exactly when the dual-control progress is not");
  }

  /** {@return energy per floor area, kgce/m²} */
  public double kgcePerSquareMetre() {
    return kgce / area;
  }

  /** {@return energy per person, kgce/person} */
  public double kgcePerPerson() {
    return kgce / population;
  }

  /** {@return location-based CO₂ per floor area, kgCO₂/m²} */
  public double kgCO2PerSquareMetre() {
    return locationTonnes * 1000 / area;
  }

  /** {@return the worst dual-control status of the indicators, when assessed} */
  public Optional<DualControlStatus> status() {
    return dualControl.map(DualControlProgress::status);
  }

  /** {@return the energy-per-area indicator's progress (budget, forecast, headroom in kgce), when assessed} */
  public Optional<MetricProgress> energyPerArea() {
    return dualControl.flatMap(p -> p.metric(IntensityMetric.ENERGY_PER_AREA));
  }

  /**
   * {@return the energy headroom as a share of the budget: (budget − forecast) ÷ budget, negative when
   * over, when assessed}
   */
  public Optional<Double> headroomShare() {
    return energyPerArea().map(m -> m.headroom() / m.budget());
  }
}
