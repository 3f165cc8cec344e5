package org.anxiao.energy.intensity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The denominators of a school's intensities (强度分母), each a dated series so that a change in the
 * middle of a period is averaged day by day: floor area (建筑面积, m²), students (学生人数), staff
 * (教职工人数) and, where the caller states one, the energy-using population (用能人数).
 *
 * <p>Wire form: {@code {"floorArea": {"steps": [{"from": "2024-01-01", "value": "12000"}]},
 * "students": {...}, "staff": {...}, "energyUsingPopulation": {...}}} ({@code energyUsingPopulation}
 * may be absent). Immutable and thread-safe.
 *
 * @param floorArea             floor area, m²
 * @param students              students, persons
 * @param staff                 staff, persons
 * @param energyUsingPopulation the stated energy-using population, persons, if any
 */
public record Denominators(StepSeries floorArea, StepSeries students, StepSeries staff,
    Optional<StepSeries> energyUsingPopulation) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param floorArea             floor area, m²
   * @param students              students
   * @param staff                 staff
   * @param energyUsingPopulation the energy-using population, if any
   */
  public Denominators {
    Require.nonNull("floorArea", floorArea);
    Require.nonNull("students", students);
    Require.nonNull("staff", staff);
    energyUsingPopulation = Objects.requireNonNullElse(energyUsingPopulation, Optional.empty());
  }

  /** Reads the wire form, where {@code energyUsingPopulation} may be absent. */
  @JsonCreator
  static Denominators fromJson(@JsonProperty("floorArea") StepSeries floorArea,
      @JsonProperty("students") StepSeries students, @JsonProperty("staff") StepSeries staff,
      @JsonProperty("energyUsingPopulation") @Nullable StepSeries energyUsingPopulation) {
    return new Denominators(floorArea, students, staff, Optional.ofNullable(energyUsingPopulation));
  }

  /**
   * {@return denominators without a stated energy-using population}
   *
   * @param floorArea floor area, m²
   * @param students  students
   * @param staff     staff
   */
  public static Denominators of(StepSeries floorArea, StepSeries students, StepSeries staff) {
    return new Denominators(floorArea, students, staff, Optional.empty());
  }

  /**
   * {@return the persons of per-person intensities on {@code basis}}
   *
   * @param basis students and staff, or the stated energy-using population
   * @throws MissingValueException when the basis is the energy-using population and none is stated
   */
  public StepSeries population(PopulationBasis basis) {
    Require.nonNull("basis", basis);
    if (basis == PopulationBasis.STUDENTS_AND_STAFF) {
      return students.plus(staff);
    }
    return energyUsingPopulation.orElseThrow(() -> new MissingValueException(
        "the population basis is ENERGY_USING_POPULATION but no energy-using population is stated",
        "energyUsingPopulation"));
  }

  /**
   * {@return the denominators of a roll-up: each series summed day by day over {@code parts}} The
   * energy-using population is summed only when every part states one.
   *
   * @param parts the parts (schools), at least one
   */
  public static Denominators sum(List<Denominators> parts) {
    List<Denominators> all = Require.nonEmpty("parts", Bounds.list("parts", parts));
    StepSeries area = all.get(0).floorArea;
    StepSeries students = all.get(0).students;
    StepSeries staff = all.get(0).staff;
    Optional<StepSeries> population = all.get(0).energyUsingPopulation;
    for (Denominators d : all.subList(1, all.size())) {
      area = area.plus(d.floorArea);
      students = students.plus(d.students);
      staff = staff.plus(d.staff);
      population = population.isPresent() && d.energyUsingPopulation.isPresent()
          ? Optional.of(population.get().plus(d.energyUsingPopulation.get())) : Optional.empty();
    }
    return new Denominators(area, students, staff, population);
  }
}
