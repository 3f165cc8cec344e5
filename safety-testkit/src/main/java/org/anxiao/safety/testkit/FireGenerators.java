package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.safety.fire.CountingRule;
import org.anxiao.safety.fire.HazardCase;
import org.anxiao.safety.fire.HazardElement;
import org.anxiao.safety.fire.MajorFireHazardDetermination;
import org.anxiao.safety.fire.MajorFireHazards;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of major-fire-hazard inputs (重大火灾隐患判定, GB 35181): element sets drawn from the
 * catalogue in force (ids such as {@code 7.1}; repeats allowed, order free), sets of exactly
 * {@code atLeast − 1} or {@code atLeast} elements a counting rule counts (the edges of the GB 35181
 * counting thresholds), buildings of each use (1,000 m²), and element ids not in the catalogue
 * labelled {@code UNKNOWN_CODE} naming {@code elements[i]}. All read through
 * {@link MajorFireHazards#rules()}.
 */
public final class FireGenerators {
  private FireGenerators() {}

  /**
   * {@return the ids of the catalogue {@code engine} reads, in catalogue order}
   *
   * @param engine a bound calculator
   */
  public static List<String> elementIds(MajorFireHazards engine) {
    return engine.rules().value().catalogue().value().elements().stream().map(HazardElement::id).toList();
  }

  /**
   * {@return a building of {@code use}, 1,000 m²}
   *
   * @param use the building's use
   */
  public static Building building(BuildingUse use) {
    return Building.builder().id("b-" + use.name().toLowerCase(Locale.ROOT)).name(use.label().zh()).use(use)
        .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).build();
  }

  /**
   * {@return element lists of 0–12 ids from the catalogue, repeats allowed}
   *
   * @param engine a bound calculator
   */
  public static Gen<List<String>> elementLists(MajorFireHazards engine) {
    List<String> ids = elementIds(engine);
    return lists().of(integers().between(0, ids.size() - 1).map(ids::get)).ofSizeBetween(0, 12);
  }

  /**
   * {@return element lists at a counting threshold: {@code atLeast − 1} or {@code atLeast} distinct ids
   * that one of the counting rules counts (listed rules only: a rule counting any composite element
   * counts from the catalogue's composite chapter)}
   *
   * @param engine a bound calculator
   */
  public static Gen<List<String>> atCountingThresholds(MajorFireHazards engine) {
    List<List<String>> out = new ArrayList<>();
    List<String> composite = engine.rules().value().catalogue().value().compositeElements().stream()
        .map(HazardElement::id).toList();
    for (RuleValue<CountingRule> v : engine.rules().value().countingRules()) {
      CountingRule r = v.value();
      List<String> counted = r.anyComposite() ? composite : r.elements();
      for (int n = Math.max(0, r.atLeast() - 1); n <= r.atLeast() && n <= counted.size(); n++) {
        out.add(List.copyOf(counted.subList(0, n)));
      }
    }
    return Generate.pick(out);
  }

  /**
   * {@return cases with one id not in the catalogue (e.g. {@code 99.1}), labelled {@code UNKNOWN_CODE}
   * naming {@code elements[i]}, determined by {@code engine}}
   *
   * @param engine a bound calculator
   */
  public static Gen<InvalidInput<MajorFireHazardDetermination>> unknownElements(MajorFireHazards engine) {
    List<String> ids = elementIds(engine);
    return elementLists(engine).zip(integers().between(1, 99), integers().between(0, 100),
        Generate.enumValues(BuildingUse.class), (list, n, at, use) -> {
          String bad = "99." + n;
          List<String> elements = new ArrayList<>(list);
          int i = at % (elements.size() + 1);
          elements.add(i, bad);
          if (ids.contains(bad)) {
            throw new IllegalStateException("the catalogue lists " + bad);
          }
          return InvalidInput.<MajorFireHazardDetermination>of("element " + bad, "UNKNOWN_CODE",
              "elements[" + i + "]", () -> engine.determine(HazardCase.of(building(use), elements)));
        });
  }
}
