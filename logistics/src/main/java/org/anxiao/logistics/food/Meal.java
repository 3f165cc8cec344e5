package org.anxiao.logistics.food;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One meal served on the day (餐次记录): its dishes (菜品), the samples retained of them (食品留样) and the
 * school leader who ate with the pupils (陪餐), if one did.
 *
 * <p>Invariants: at least one dish, dish names unique; each sample names a dish of the meal, at most one
 * sample per dish. A dish without a sample is allowed here and reported by {@link FoodSafetyLogs}.
 * Immutable and thread-safe.
 *
 * @param meal    the meal
 * @param dishes  the dishes served, names unique
 * @param samples the samples retained, at most one per dish
 * @param leader  the school leader who ate with the pupils (陪餐), when one did
 */
public record Meal(MealType meal, List<String> dishes, List<FoodSample> samples, Optional<String> leader) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meal    the meal
   * @param dishes  the dishes served
   * @param samples the samples retained
   * @param leader  the accompanying leader, if any
   * @throws org.anxiao.core.error.InvalidValueException naming {@code dishes[i]} for a dish listed twice,
   *     or {@code samples[j].dish} for a sample of no dish of the meal or a second sample of one dish
   */
  public Meal {
    Require.nonNull("meal", meal);
    dishes = Bounds.list("dishes", dishes);
    Require.nonEmpty("dishes", dishes);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < dishes.size(); i++) {
      String d = Bounds.line("dishes[" + i + "]", dishes.get(i));
      Require.that(names.add(d), "dishes[" + i + "]", d, "is listed twice");
    }
    samples = Bounds.list("samples", samples);
    Set<String> sampled = new HashSet<>();
    for (int j = 0; j < samples.size(); j++) {
      String d = samples.get(j).dish();
      Require.that(names.contains(d), "samples[" + j + "].dish", d, "is not a dish of the meal");
      Require.that(sampled.add(d), "samples[" + j + "].dish", d, "has a sample already");
    }
    Require.nonNull("leader", leader);
    leader.ifPresent(l -> Bounds.line("leader", l));
  }

  /**
   * {@return the sample of {@code dish}, if one was retained}
   *
   * @param dish the dish's name
   */
  public Optional<FoodSample> sampleOf(String dish) {
    Bounds.line("dish", dish);
    return samples.stream().filter(s -> s.dish().equals(dish)).findFirst();
  }
}
