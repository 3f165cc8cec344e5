package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.energy.intensity.Step;
import org.anxiao.energy.intensity.StepSeries;
import org.quicktheories.core.Gen;

/**
 * Generators of intensity denominators: step series ({@link StepSeries}) of floor area (m²) or
 * headcount (persons), a value from each step's first day until the next step's. Invariant: the
 * first step is on {@code from}, steps on distinct days, values zero or more.
 */
public final class DenominatorGenerators {
  private DenominatorGenerators() {}

  /**
   * {@return series of 1 to 5 steps within a year of {@code from} (the first on {@code from}), values 0 to {@code max}}
   *
   * @param from the first step's day
   * @param max  the largest value, at least 0
   */
  public static Gen<StepSeries> steps(LocalDate from, int max) {
    return lists().of(integers().between(0, max)).ofSizeBetween(1, 5)
        .zip(lists().of(integers().between(1, 365)).ofSizeBetween(4, 4), (values, days) -> {
          List<Step> steps = new ArrayList<>();
          steps.add(new Step(from, BigDecimal.valueOf(values.get(0))));
          Set<LocalDate> used = new HashSet<>(List.of(from));
          for (int i = 1; i < values.size(); i++) {
            LocalDate d = from.plusDays(days.get(i - 1));
            if (used.add(d)) {
              steps.add(new Step(d, BigDecimal.valueOf(values.get(i))));
            }
          }
          return new StepSeries(steps);
        });
  }

  /**
   * {@return headcount series: 1 to 5 steps of whole persons, 0 to 100 000}
   *
   * @param from the first step's day
   */
  public static Gen<StepSeries> headcounts(LocalDate from) {
    return steps(from, 100_000);
  }

  /**
   * {@return floor-area series in m², 1 to 5 steps, 1 to 500 000 m² (an area is above zero)}
   *
   * @param from the first step's day
   */
  public static Gen<StepSeries> floorAreas(LocalDate from) {
    return steps(from, 499_999).map(s -> new StepSeries(s.steps().stream().map(x -> new Step(x.from(), x.value().add(BigDecimal.ONE))).toList()));
  }
}
