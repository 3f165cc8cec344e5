package org.anxiao.core.fire;

import org.anxiao.core.testkit.gen.SchoolGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.ResolvedParameter;
import org.anxiao.core.rule.ResolvedRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The bound-rule path ({@link CrowdedPlaces#determine}) gives the same answer, basis and recorded
 * rule values as the string path it replaced — parameters read by name from {@link ResolvedRules} —
 * on random national and district packs and random buildings.
 */
class BoundRulePathProperties {
  private static final BuildingUse[] USES = BuildingUse.values();
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  private static final LocalDate DATE = LocalDate.of(2024, 9, 1);
  private static final String[] NAMES = {"crowdedUses", "publicAssemblyUses", "includePublicAssemblyUses",
      "laboratoryUses", "includeLaboratories"};

  /** A random subset of the uses, from a bit mask. */
  private static List<String> uses(int mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < USES.length; i++) {
      if ((mask >> i & 1) == 1) {
        out.add(USES[i].name());
      }
    }
    return out;
  }

  /** A pack defining the parameters whose bit is set in {@code present}, with values from {@code seed}. */
  private static RulePack pack(String id, String jurisdiction, int present, int seed) {
    RulePack.Builder b = RulePack.builder().id(id).version(PackVersion.of("1.0")).kind(CrowdedPlaceRule.KIND.id())
        .title(LocalizedText.of("测试", "test")).jurisdiction(JurisdictionCode.of(jurisdiction))
        .validFrom(LocalDate.of(2020, 1, 1)).source(Citation.of("某机关", id, 2020)).verification(Verification.SECONDARY);
    int bits = seed;
    for (int n = 0; n < NAMES.length; n++) {
      if ((present >> n & 1) == 0) {
        continue;
      }
      Optional<String> clause = Optional.of("第" + (n + 1) + "条");
      Parameter p = NAMES[n].startsWith("include")
          ? new Parameter.Flag((bits & 1) == 1, clause, Optional.empty(), Optional.empty())
          : new Parameter.TextList(uses(bits & 0x3ff), clause, Optional.empty(), Optional.empty());
      bits = Integer.rotateRight(bits, 7) ^ 0x5bd1e995;
      b.putParameters(NAMES[n], p);
    }
    return b.build();
  }

  @Test
  void boundPathAgreesWithTheStringPath() {
    qt().withExamples(400).forAll(integers().all(), integers().between(0, 31), integers().all(),
            booleans().all())
        .checkAssert((nationalSeed, districtParams, districtSeed, withDistrict) -> {
          RulePackRegistry.Builder b = RulePackRegistry.builder().kind(CrowdedPlaceRule.KIND)
              .add(pack("cn.test", "CN", 31, nationalSeed));
          if (withDistrict) {
            b.add(pack("mh.test", "310112", districtParams, districtSeed));
          }
          RulePackRegistry registry = b.build();
          CrowdedPlaces bound = CrowdedPlaces.in(RuleContext.of(registry, MINHANG, DATE));
          ResolvedRules byName = registry.resolve(CrowdedPlaceRule.KIND.id(), MINHANG, DATE);
          for (BuildingUse use : USES) {
            for (Optional<Boolean> declared : List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false))) {
              Building building = Building.builder().id("b").name("楼").use(use)
                  .grossFloorArea(AnxiaoUnits.of("100", AnxiaoUnits.SQUARE_METER)).crowdedPlace(declared).build();
              CrowdedPlaceDetermination d = bound.determine(building);
              Reference ref = stringPath(building, byName);
              assertEquals(ref.crowded, d.crowded(), use + " " + declared);
              assertEquals(ref.basis, d.basis());
              assertEquals(ref.used, d.rules());
            }
          }
        });
  }

  @Test
  void declarationsAlwaysWin() {
    RulePackRegistry registry = RulePackRegistry.builder().kind(CrowdedPlaceRule.KIND).add(pack("cn.test", "CN", 31, 7)).build();
    CrowdedPlaces bound = CrowdedPlaces.in(RuleContext.of(registry, MINHANG, DATE));
    qt().withExamples(100).forAll(integers().between(0, USES.length - 1), SchoolGenerators.crowdedPlaceDeclarations())
        .assuming((u, d) -> d.isPresent())
        .checkAssert((u, declared) -> {
          Building building = Building.builder().id("b").name("楼").use(USES[u])
              .grossFloorArea(AnxiaoUnits.of("100", AnxiaoUnits.SQUARE_METER)).crowdedPlace(declared).build();
          CrowdedPlaceDetermination d = bound.determine(building);
          assertEquals(declared.get(), d.crowded());
          assertEquals(List.of(), d.rules());
        });
  }

  private record Reference(boolean crowded, CrowdedPlaceDetermination.Basis basis, List<AppliedRule> used) {}

  /** The replaced implementation: parameters looked up by name on every call. */
  private static Reference stringPath(Building building, ResolvedRules rules) {
    if (building.crowdedPlace().isPresent()) {
      return new Reference(building.crowdedPlace().get(), CrowdedPlaceDetermination.Basis.DECLARED, List.of());
    }
    String use = building.use().name();
    List<AppliedRule> used = new ArrayList<>();
    ResolvedParameter crowdedUses = rules.parameter("crowdedUses");
    used.add(crowdedUses.applied());
    boolean result = crowdedUses.textList().contains(use);
    if (!result) {
      ResolvedParameter include = rules.parameter("includePublicAssemblyUses");
      used.add(include.applied());
      if (include.flag()) {
        ResolvedParameter assembly = rules.parameter("publicAssemblyUses");
        used.add(assembly.applied());
        result = assembly.textList().contains(use);
      }
    }
    if (!result) {
      ResolvedParameter include = rules.parameter("includeLaboratories");
      used.add(include.applied());
      if (include.flag()) {
        ResolvedParameter labs = rules.parameter("laboratoryUses");
        used.add(labs.applied());
        result = labs.textList().contains(use);
      }
    }
    return new Reference(result, CrowdedPlaceDetermination.Basis.RULE, used);
  }
}
