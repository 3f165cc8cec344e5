package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.Step;
import org.anxiao.energy.intensity.StepSeries;
import org.quicktheories.core.Gen;

/**
 * Generators of a district (区县) for intensity roll-ups: one to {@code max} schools, each with a
 * year's consumptions and its denominators. Invariants: school subjects distinct ({@code S0},
 * {@code S1}, ...); every consumption a whole thousand of its carrier's own unit over the calendar
 * year (see {@link ConsumptionGenerators#exactToTheCent(int)}: each school's kgce is exact to the
 * cent); every denominator series starts on 1 January of the year, floor area 1 to 500 000 m²,
 * students and staff 1 to 100 000 persons on every day (so no intensity divides by zero).
 */
public final class DistrictGenerators {
  private DistrictGenerators() {}

  /**
   * One school of a district: its subject, its consumptions over the year and its denominators.
   *
   * @param subject      the school, distinct within its district
   * @param consumptions the year's consumptions, at least one
   * @param denominators floor area (m²), students and staff (persons), from 1 January on
   */
  public record School(Subject subject, List<Consumption> consumptions, Denominators denominators) {
    /**
     * Creates the record, copying the list.
     *
     * @param subject      the school
     * @param consumptions the year's consumptions
     * @param denominators floor area and headcounts
     */
    public School {
      consumptions = List.copyOf(consumptions);
    }
  }

  /**
   * {@return denominators from {@code from} on: floor area 1 to 500 000 m², students and staff 1 to
   * 100 000 persons each, every series of 1 to 5 steps}
   *
   * @param from the first day of every series
   */
  public static Gen<Denominators> denominators(LocalDate from) {
    Gen<StepSeries> persons = DenominatorGenerators.steps(from, 99_999).map(DistrictGenerators::plusOne);
    return DenominatorGenerators.floorAreas(from).zip(persons, persons, Denominators::of);
  }

  /**
   * {@return districts of one to {@code max} schools over calendar year {@code year}}
   *
   * @param year the calendar year of every consumption; denominators start on its 1 January
   * @param max  the most schools, at least 1
   */
  public static Gen<List<School>> districts(int year, int max) {
    Gen<List<Consumption>> consumptions = ConsumptionGenerators.exactToTheCent(year);
    Gen<Denominators> denominators = denominators(LocalDate.of(year, 1, 1));
    return lists().of(consumptions.zip(denominators, (c, d) -> new School(Subject.of(SubjectKind.SCHOOL, "S"), c, d)))
        .ofSizeBetween(1, max).map(DistrictGenerators::numbered);
  }

  private static List<School> numbered(List<School> schools) {
    List<School> out = new ArrayList<>();
    for (int i = 0; i < schools.size(); i++) {
      School s = schools.get(i);
      out.add(new School(Subject.of(SubjectKind.SCHOOL, "S" + i), s.consumptions(), s.denominators()));
    }
    return out;
  }

  private static StepSeries plusOne(StepSeries s) {
    return new StepSeries(s.steps().stream().map(x -> new Step(x.from(), x.value().add(BigDecimal.ONE))).toList());
  }
}
