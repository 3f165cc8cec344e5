package org.anxiao.core.testkit.gen;

import static org.anxiao.core.testkit.gen.GeoGenerators.boundaries;
import static org.anxiao.core.testkit.gen.ValueGenerators.ids;
import static org.anxiao.core.testkit.gen.ValueGenerators.positiveDecimals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.campus.KeyPart;
import org.anxiao.core.campus.KeyPartKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.unit.AnxiaoUnits;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of schools with campuses, gates and buildings (校园、校门、建筑).
 */
public final class SchoolGenerators {
  private SchoolGenerators() {}

  /** {@return buildings of every use, with floor area and storeys, year built and crowded-place declaration optional} */
  public static Gen<Building> buildings() {
    return ids().zip(Generate.enumValues(BuildingUse.class), positiveDecimals(), integers().between(1, 30),
        (id, use, area, storeys) -> Building.builder().id(id).name("楼" + id).use(use)
            .grossFloorArea(AnxiaoUnits.of(area, AnxiaoUnits.SQUARE_METER)).storeysAboveGround(storeys))
        .zip(integers().between(1900, 2030).toOptionals(30), booleans().all().toOptionals(50), (b, year, crowded) ->
            b.yearBuilt(year).crowdedPlace(crowded).build());
  }

  /** {@return gates of every kind, open or not at the peak and at night} */
  public static Gen<Gate> gates() {
    return ids().zip(Generate.enumValues(GateKind.class), booleans().all(), booleans().all(),
        (id, kind, peak, night) -> new Gate(id, "门" + id, kind, peak, night));
  }

  /** {@return campuses with up to four buildings, three gates, key parts and an optional boundary} */
  public static Gen<Campus> campuses() {
    return ids().zip(lists().of(buildings()).ofSizeBetween(0, 4), lists().of(gates()).ofSizeBetween(0, 3),
        boundaries().toOptionals(30), (id, buildings, gates, boundary) -> {
          Campus.Builder b = Campus.builder().id(id).name("校区" + id).boundary(boundary);
          distinct(buildings, Building::id).forEach(b::addBuildings);
          distinct(gates, Gate::id).forEach(b::addGates);
          List<Building> kept = distinct(buildings, Building::id);
          if (!kept.isEmpty()) {
            b.addKeyParts(new KeyPart("kp-1", "实验室", KeyPartKind.LABORATORY, Optional.of(kept.get(0).id())));
          }
          b.addKeyParts(new KeyPart("kp-2", "配电房", KeyPartKind.POWER_SUPPLY, Optional.empty()));
          return b.address(Optional.of("上海市闵行区某路" + id)).build();
        });
  }

  private static <T> List<T> distinct(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    items.forEach(i -> m.putIfAbsent(id.apply(i), i));
    return new ArrayList<>(m.values());
  }

  /** {@return schools of every type with one stage's enrolment, staff, boarding and one campus} */
  public static Gen<School> schools() {
    Gen<SchoolType> types = Generate.enumValues(SchoolType.class);
    return types.zip(integers().between(1, 3000), integers().between(0, 100), campuses(), (type, pupils, boarderPct, campus) -> {
      SchoolStage stage = type.stages().stream().sorted().findFirst().orElseThrow();
      int classes = Math.max(1, pupils / 40);
      int boarders = pupils * boarderPct / 100;
      BoardingMode mode = boarders == 0 ? BoardingMode.NONE : boarders == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL;
      return School.builder().id("S" + pupils).name("示例学校" + pupils).nameEn(Optional.of("Sample school " + pupils))
          .jurisdiction(JurisdictionCode.of("310112")).type(type).ownership(Ownership.PUBLIC)
          .boarding(mode).boarders(boarders)
          .addEnrolment(new StageEnrolment(stage, pupils, classes))
          .putStaff(StaffRole.TEACHER, pupils / 15).putStaff(StaffRole.SECURITY_GUARD, 4)
          .addCampuses(campus).build();
    });
  }

  /** {@return a campus with one building and no gates: the smallest valid campus, for building a school around an invalid part} */
  public static Campus minimalCampus() {
    return Campus.builder().id("c1").name("校区").addBuildings(Building.builder().id("b1").name("教学楼")
        .use(BuildingUse.values()[0]).grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).build()).build();
  }

  /** {@return a building's crowded-place declaration: declared not crowded, declared crowded, or not declared} */
  public static Gen<Optional<Boolean>> crowdedPlaceDeclarations() {
    return integers().between(0, 2).map(i -> i == 0 ? Optional.of(false) : i == 1 ? Optional.of(true) : Optional.empty());
  }

  /**
   * {@return the uses that are crowded places (人员密集场所) under the shipped national pack
   * {@code cn.fire-law.crowded-places} in force on {@code date}, read through {@code CrowdedPlaces}}
   *
   * @param date the day the pack is read for
   */
  public static java.util.Set<BuildingUse> crowdedPlaceUses(LocalDate date) {
    return org.anxiao.core.fire.CrowdedPlaces.in(org.anxiao.core.rule.RuleContext.of(
        org.anxiao.core.rule.RulePackRegistry.standard(), JurisdictionCode.CN, date)).crowdedUses();
  }

  /**
   * {@return undeclared buildings at the edge of the shipped crowded-place pack on {@code date}:
   * half of a use it lists as crowded, half of a use it does not, so both answers of
   * {@code CrowdedPlaces.determine} are drawn}
   *
   * @param date the day the pack is read for
   */
  public static Gen<Building> crowdedPlaceEdgeBuildings(LocalDate date) {
    java.util.Set<BuildingUse> crowded = crowdedPlaceUses(date);
    List<BuildingUse> in = java.util.Arrays.stream(BuildingUse.values()).filter(crowded::contains).toList();
    List<BuildingUse> out = java.util.Arrays.stream(BuildingUse.values()).filter(u -> !crowded.contains(u)).toList();
    Gen<BuildingUse> uses = out.isEmpty() ? Generate.pick(in) : in.isEmpty() ? Generate.pick(out)
        : Generate.pick(in).mix(Generate.pick(out), 50);
    return buildings().zip(uses, (b, use) -> Building.builder().from(b).use(use).crowdedPlace(Optional.empty()).build());
  }
}
