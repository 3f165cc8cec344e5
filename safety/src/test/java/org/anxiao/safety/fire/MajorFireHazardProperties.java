package org.anxiao.safety.fire;

import static org.anxiao.safety.fire.FireCases.Y2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.FireGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the determination over the GB 35181-2017 catalogue: adding an element never turns
 * a major hazard into a non-major one; the result depends on the set of elements, not on order or
 * repeats; exactly one outcome, and it follows from its basis.
 */
class MajorFireHazardProperties {
  private static final MajorFireHazards DEFAULT = FireCases.engine(Y2024);
  private static final MajorFireHazards ALLOW = FireCases.engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED);
  private static final Gen<List<String>> ELEMENTS = FireGenerators.elementLists(DEFAULT)
      .mix(FireGenerators.atCountingThresholds(DEFAULT));
  private static final BuildingUse[] USES = BuildingUse.values();

  private static HazardCase hazardCase(int use, int declared, List<String> elements) {
    Set<PremisesType> types = EnumSet.noneOf(PremisesType.class);
    if ((declared & 1) != 0) {
      types.add(PremisesType.FLAMMABLE_EXPLOSIVE);
    }
    if ((declared & 2) != 0) {
      types.add(PremisesType.IMPORTANT);
    }
    return new HazardCase(FireGenerators.building(USES[use]), types, elements, List.of());
  }

  private static MajorFireHazards engine(boolean allow) {
    return allow ? ALLOW : DEFAULT;
  }

  /** A building use, declared premises types (bit 1 flammable, bit 2 important) and a policy, as one number. */
  private static final int SETUPS = USES.length * 4 * 2;

  private static HazardCase hazardCase(int setup, List<String> elements) {
    return hazardCase(setup % USES.length, (setup / USES.length) % 4, elements);
  }

  private static boolean allow(int setup) {
    return setup >= USES.length * 4;
  }

  @Test
  void addingAnElementNeverTurnsMajorIntoNotMajor() {
    qt().withExamples(200).forAll(integers().between(0, SETUPS - 1),
        ELEMENTS, Generate.pick(FireGenerators.elementIds(DEFAULT)))
        .checkAssert((setup, elements, extra) -> {
          MajorFireHazardDetermination before = engine(allow(setup)).determine(hazardCase(setup, elements));
          List<String> more = new ArrayList<>(elements);
          more.add(extra);
          MajorFireHazardDetermination after = engine(allow(setup)).determine(hazardCase(setup, more));
          if (before.major()) {
            assertTrue(after.major(), () -> elements + " + " + extra + ": " + before.outcome() + " → "
                + after.outcome());
          }
          for (int i = 0; i < before.counts().size(); i++) {
            assertTrue(after.counts().get(i).count() >= before.counts().get(i).count(), "a count never falls");
          }
          if (before.notMajorOnlyBecauseUnverifiedRulesSkipped() && !after.major()) {
            assertTrue(after.notMajorOnlyBecauseUnverifiedRulesSkipped(), "a skipped rule that was reached stays reached");
          }
        });
  }

  @Test
  void theResultDependsOnTheSetNotOnOrderOrRepeats() {
    qt().withExamples(200).forAll(integers().between(0, SETUPS - 1),
        ELEMENTS, integers().between(0, 1_000_000))
        .checkAssert((setup, elements, seed) -> {
          List<String> shuffled = new ArrayList<>(elements);
          shuffled.addAll(elements.subList(0, elements.size() / 2));
          Collections.shuffle(shuffled, new Random(seed));
          MajorFireHazardDetermination a = engine(allow(setup)).determine(hazardCase(setup, elements));
          MajorFireHazardDetermination b = engine(allow(setup)).determine(hazardCase(setup, shuffled));
          assertEquals(a.outcome(), b.outcome());
          assertEquals(a.directElements(), b.directElements());
          assertEquals(a.counts(), b.counts());
          assertEquals(a.premises(), b.premises());
          assertEquals(a.rules(), b.rules());
          assertEquals(a.findings(), b.findings());
        });
  }

  @Test
  void exactlyOneOutcomeAndItFollowsFromItsBasis() {
    qt().withExamples(200).forAll(integers().between(0, SETUPS - 1),
        ELEMENTS)
        .checkAssert((setup, elements) -> {
          boolean allow = allow(setup);
          MajorFireHazardDetermination d = engine(allow).determine(hazardCase(setup, elements));
          boolean direct = elements.stream().anyMatch(id -> id.startsWith("6."));
          boolean met = d.counts().stream().anyMatch(c -> c.status() == CountStatus.MET);
          Outcome expected = direct ? Outcome.MAJOR_BY_DIRECT_ELEMENT : met ? Outcome.MAJOR_BY_COUNT : Outcome.NOT_MAJOR;
          assertEquals(expected, d.outcome());
          assertEquals(d.major(), !d.findings().isEmpty() && d.findings().get(0).code().toString().contains("MAJOR_BY"));
          for (RuleCount c : d.counts()) {
            if (c.status() == CountStatus.SKIPPED_UNVERIFIED) {
              assertTrue(!allow, "nothing is skipped under ALLOW_UNVERIFIED");
            }
            if (c.status() == CountStatus.NOT_APPLICABLE) {
              assertTrue(!c.rule().appliesTo(d.premises()));
            }
          }
        });
  }

  @Test
  void allowingUnverifiedRulesNeverTurnsMajorIntoNotMajor() {
    qt().withExamples(200).forAll(integers().between(0, USES.length - 1), integers().between(0, 3),
        ELEMENTS)
        .checkAssert((use, declared, elements) -> {
          MajorFireHazardDetermination strict = DEFAULT.determine(hazardCase(use, declared, elements));
          MajorFireHazardDetermination allowed = ALLOW.determine(hazardCase(use, declared, elements));
          if (strict.major()) {
            assertTrue(allowed.major());
          }
          assertEquals(strict.notMajorOnlyBecauseUnverifiedRulesSkipped(), !strict.major() && allowed.major(),
              "NOT_MAJOR only because of a skip exactly when allowing the skipped rules makes it major");
        });
  }

  @Test
  void anElementNotInTheCatalogueIsRefusedNamingItsPosition() {
    Laws.standard().withExamples(100).rejects(FireGenerators.unknownElements(DEFAULT));
  }

  @Test
  void atACountingThresholdOneElementLessIsNeverMetThanTheThresholdItself() {
    qt().withExamples(100).forAll(integers().between(0, USES.length - 1), integers().between(0, 3),
        FireGenerators.atCountingThresholds(ALLOW)).checkAssert((use, declared, elements) -> {
          MajorFireHazardDetermination d = ALLOW.determine(hazardCase(use, declared, elements));
          for (RuleCount c : d.counts()) {
            if (c.status() == CountStatus.MET) {
              assertTrue(c.count() >= c.rule().atLeast(), c::toString);
            }
          }
        });
  }
}
