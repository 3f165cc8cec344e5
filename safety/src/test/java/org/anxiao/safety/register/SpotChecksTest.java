package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.LEGAL;
import static org.anxiao.safety.register.RegisterFixtures.SAFE;
import static org.anxiao.safety.register.RegisterFixtures.d;
import static org.anxiao.safety.register.RegisterFixtures.entry;
import static org.anxiao.safety.register.RegisterFixtures.general;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.MinhangOutcome;
import org.junit.jupiter.api.Test;

/** The proportional spot-check sample (闵行 2022 §四(三)1), worked with keys computed outside the library. */
class SpotChecksTest {
  private static final String SEED = "2022-06-10#1";

  @Test
  void theKeyIsTheHexSha256OfSeedColonId() {
    // printf '2022-06-10#1:A' | sha256sum
    assertEquals("89e77bfd809a41d53ebde9dca2864c48aa638a9f8f37902345d9fffc11da6b5a", SpotChecks.key(SEED, "A"));
  }

  @Test
  void aWorkedSample() {
    // 安全管理中心: A B C D E eligible (closed, or open with a deadline); F open without deadline, G hard: not eligible.
    // Keys (sha256 of "2022-06-10#1:<id>"): A 89e7…, B eb39…, C e50a…, D 5f48…, E 92f5… → order D, A, E, C, B.
    // p = 0.5: k = ⌈0.5 × 5⌉ = ⌈2.5⌉ = 3 → D, A, E.  法制科: one eligible, k = ⌈0.5⌉ = 1.
    List<RegisterEntry> entries = List.of(
        general("A", "03-01", null, "03-05"), general("B", "03-01", "06-30", null), general("C", "03-01", "03-05", "03-06"),
        general("D", "03-01", "04-01", null), general("E", "03-01", null, "05-01"), general("F", "03-01", null, null),
        entry("G", "1", SAFE, HazardGrade.GENERAL, "03-01", "06-30", null, true, false),
        entry("H", "1", LEGAL, HazardGrade.MAJOR, "03-01", null, "03-02", false, false));
    SpotCheckSample s = SpotChecks.sample(entries, d("06-10"), new BigDecimal("0.5"), SEED);
    assertEquals(new DepartmentSample(5, List.of("D", "A", "E")), s.byDepartment().get(SAFE));
    assertEquals(new DepartmentSample(1, List.of("H")), s.byDepartment().get(LEGAL));
    assertEquals(d("06-10"), s.asOf());
    // p = 1 takes every eligible hazard; the smallest p still takes one.
    assertEquals(List.of("D", "A", "E", "C", "B"),
        SpotChecks.sample(entries, d("06-10"), BigDecimal.ONE, SEED).byDepartment().get(SAFE).sampled());
    assertEquals(List.of("D"),
        SpotChecks.sample(entries, d("06-10"), new BigDecimal("0.0001"), SEED).byDepartment().get(SAFE).sampled());
  }

  @Test
  void sizeRoundsUpAtItsBoundaries() {
    assertEquals(2, SpotChecks.size(new BigDecimal("0.2"), 10)); // 2.0 exactly
    assertEquals(3, SpotChecks.size(new BigDecimal("0.21"), 10)); // 2.1 → 3
    assertEquals(2, SpotChecks.size(new BigDecimal("0.19"), 10)); // 1.9 → 2
    assertEquals(0, SpotChecks.size(new BigDecimal("0.5"), 0));
    assertEquals(10, SpotChecks.size(BigDecimal.ONE, 10));
    assertThrows(InvalidValueException.class, () -> SpotChecks.size(BigDecimal.ZERO, 10));
    assertThrows(InvalidValueException.class, () -> SpotChecks.size(new BigDecimal("1.0001"), 10));
    assertThrows(InvalidValueException.class, () -> SpotChecks.size(new BigDecimal("-0.1"), 10));
    assertThrows(InvalidValueException.class, () -> SpotChecks.size(BigDecimal.ONE, -1));
  }

  @Test
  void badInputIsRefused() {
    List<RegisterEntry> twice = List.of(general("A", "03-01", null, "03-02"), general("A", "03-03", null, "03-04"));
    assertThrows(InvalidValueException.class, () -> SpotChecks.sample(twice, d("06-10"), BigDecimal.ONE, SEED));
    assertThrows(InvalidValueException.class, () -> SpotChecks.sample(List.of(), d("06-10"), BigDecimal.ONE, "a\nb"));
    assertThrows(InvalidValueException.class, () -> new DepartmentSample(1, List.of("A", "B")));
    assertThrows(InvalidValueException.class, () -> new DepartmentSample(2, List.of("A", "A")));
  }

  @Test
  void theSampleIsDeterministicOrderFreeEligibleAndOfTheRightSize() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 100)).checkAssert((seed, percent) -> {
      List<RegisterEntry> entries = org.anxiao.safety.testkit.RegisterGenerators.entries(seed);
      BigDecimal p = BigDecimal.valueOf(percent, 2);
      String s = "seed-" + seed;
      SpotCheckSample a = SpotChecks.sample(entries, d("03-31"), p, s);
      List<RegisterEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(a, SpotChecks.sample(shuffled, d("03-31"), p, s));
      Map<String, List<RegisterEntry>> eligible = entries.stream()
          .filter(e -> e.outcome(d("03-31")).filter(o -> o != MinhangOutcome.HARD_TO_RESOLVE).isPresent())
          .collect(Collectors.groupingBy(RegisterEntry::department));
      assertEquals(eligible.keySet(), a.byDepartment().keySet());
      eligible.forEach((dept, items) -> {
        DepartmentSample ds = a.byDepartment().get(dept);
        assertEquals(items.size(), ds.eligible());
        assertEquals(SpotChecks.size(p, items.size()), ds.sampled().size());
        assertTrue(ds.sampled().size() >= Math.ceil(percent * items.size() / 100.0) - 1e-9);
        Set<String> ids = items.stream().map(RegisterEntry::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(ds.sampled()), dept);
      });
    });
  }
}
