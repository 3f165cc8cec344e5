package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.KIND;
import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.testing.TestKinds;
import org.junit.jupiter.api.Test;

/**
 * Which version of a pack a query gets, how versions of unequal length compare, and which validity
 * periods count as overlapping — down to the single shared day.
 */
class VersionSelectionTest {
  private static final JurisdictionCode CITY = JurisdictionCode.of("310000");
  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

  private static int sign(String a, String b) {
    return Integer.signum(PackVersion.of(a).compareTo(PackVersion.of(b)));
  }

  private static RulePack version(String version, String guards) {
    return pack("sh.guards", version, "310000", "2020-01-01", null, Verification.SECONDARY, Map.of("perGate", guards));
  }

  private static PackRef selected(List<RulePack> packs, RuleQuery query) {
    return TestKinds.builder(packs).build().resolve(query).primary().ref();
  }

  @Test
  void missingPartsCountAsZeroInBothDirections() {
    assertEquals(0, sign("1.0", "1.0.0"));
    assertEquals(0, sign("1.0.0", "1.0"));
    assertEquals(0, sign("1", "1.0"));
    assertEquals(0, sign("1.0", "1"));
    assertEquals(0, sign("3", "3.0.0.0"));
    assertEquals(1, sign("1.0.1", "1.0"));
    assertEquals(-1, sign("1.0", "1.0.1"));
    assertEquals(1, sign("1.0.0.1", "1"));
    assertEquals(-1, sign("1", "1.0.0.1"));
  }

  @Test
  void partsCompareAsNumbersFromTheLeft() {
    assertEquals(1, sign("1.10", "1.9"));
    assertEquals(-1, sign("1.9", "1.10"));
    assertEquals(1, sign("1.2", "1.1.9"), "the second part decides before the third is read");
    assertEquals(-1, sign("1.1.9", "1.2"));
    assertEquals(1, sign("2", "1.99.99.99"));
    assertEquals(-1, sign("1.99.99.99", "2"));
    assertEquals(1, sign("10", "9"));
    assertEquals(0, sign("2020.1", "2020.1"));
  }

  @Test
  void theHighestVersionInForceIsSelectedWhateverTheOrderOfRegistration() {
    List<RulePack> packs = List.of(version("1.9", "1"), version("1.10", "2"), version("1.9.5", "3"), version("1.2.0.7", "4"));
    RuleQuery query = RuleQuery.of(KIND, CITY, DAY);
    assertEquals(PackRef.of("sh.guards", "1.10"), selected(packs, query));
    List<RulePack> reversed = new ArrayList<>(packs);
    java.util.Collections.reverse(reversed);
    assertEquals(PackRef.of("sh.guards", "1.10"), selected(reversed, query));
    assertEquals(new BigDecimal("2"),
        TestKinds.builder(reversed).build().resolve(query).parameter("perGate").decimal());
  }

  @Test
  void aLongerVersionWinsOverItsPrefix() {
    List<RulePack> packs = List.of(version("2.0.1", "1"), version("2", "2"));
    assertEquals(PackRef.of("sh.guards", "2.0.1"), selected(packs, RuleQuery.of(KIND, CITY, DAY)));
    assertEquals(PackRef.of("sh.guards", "2.0.1"), selected(List.of(packs.get(1), packs.get(0)), RuleQuery.of(KIND, CITY, DAY)));
  }

  @Test
  void aPinSelectsTheVersionThatComparesEqual() {
    List<RulePack> packs = List.of(version("1.9", "1"), version("1.10", "2"));
    RuleQuery pinned = RuleQuery.of(KIND, CITY, DAY).pin(PackRef.of("sh.guards", "1.9.0"));
    assertEquals(PackRef.of("sh.guards", "1.9"), selected(packs, pinned));
    RuleQuery absent = RuleQuery.of(KIND, CITY, DAY).pin(PackRef.of("sh.guards", "1.11"));
    RulePackException e = assertThrows(RulePackException.class, () -> selected(packs, absent));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
  }

  @Test
  void twoVersionsOfOneIdThatCompareEqualAreRefused() {
    RulePackException e = assertThrows(RulePackException.class,
        () -> TestKinds.builder(version("1.0", "1"), version("1.0.0", "2")).build());
    assertEquals(RulePackException.AMBIGUOUS, e.errorCode());
    assertTrue(e.getMessage().contains("sh.guards@1.0"), e.getMessage());
    TestKinds.builder(version("1.0", "1"), version("1.0.1", "2")).build();
  }

  @Test
  void statusMarksOnlyTheLowerVersionSuperseded() {
    List<PackStatus> status = TestKinds.builder(version("1.10", "1"), version("1.9", "2")).build().status(DAY);
    assertTrue(status.contains(new PackStatus(version("1.10", "1").header(), PackStatus.State.IN_FORCE)), status.toString());
    assertTrue(status.contains(new PackStatus(version("1.9", "2").header(), PackStatus.State.SUPERSEDED)), status.toString());
  }

  private static PackHeader header(String id, String from, String to) {
    return pack(id, "1", "310000", from, to, Verification.SECONDARY, Map.of()).header();
  }

  @Test
  void periodsThatShareExactlyOneDayOverlap() {
    PackHeader earlier = header("a", "2021-01-01", "2023-12-31");
    PackHeader sameLastDay = header("b", "2023-12-31", null);
    PackHeader dayAfter = header("c", "2024-01-01", null);
    assertTrue(earlier.overlaps(sameLastDay));
    assertTrue(sameLastDay.overlaps(earlier));
    assertFalse(earlier.overlaps(dayAfter));
    assertFalse(dayAfter.overlaps(earlier));
    PackHeader oneDay = header("d", "2023-12-31", "2023-12-31");
    assertTrue(oneDay.overlaps(earlier));
    assertTrue(earlier.overlaps(oneDay));
    assertTrue(oneDay.overlaps(oneDay));
    PackHeader before = header("e", "2020-01-01", "2020-12-31");
    assertFalse(before.overlaps(earlier));
    assertFalse(earlier.overlaps(before));
    assertTrue(sameLastDay.overlaps(dayAfter), "two open-ended periods always meet");
  }

  @Test
  void theRegistryRefusesRivalsThatShareOneDayAndAcceptsTheNextDay() {
    RulePack old = pack("sh.guards", "1.0", "310000", "2021-01-01", "2023-12-31", Verification.SECONDARY, Map.of("perGate", "2"));
    RulePack sameDay = pack("sh.rival", "1.0", "310000", "2023-12-31", null, Verification.SECONDARY, Map.of("perGate", "3"));
    RulePack nextDay = pack("sh.rival", "1.0", "310000", "2024-01-01", null, Verification.SECONDARY, Map.of("perGate", "3"));
    assertEquals(RulePackException.AMBIGUOUS,
        assertThrows(RulePackException.class, () -> TestKinds.builder(old, sameDay).build()).errorCode());
    assertEquals(RulePackException.AMBIGUOUS,
        assertThrows(RulePackException.class, () -> TestKinds.builder(sameDay, old).build()).errorCode());
    RulePackRegistry registry = TestKinds.builder(nextDay, old).build();
    assertEquals(PackRef.of("sh.guards", "1.0"), registry.resolve(KIND, CITY, LocalDate.of(2023, 12, 31)).primary().ref());
    assertEquals(PackRef.of("sh.rival", "1.0"), registry.resolve(KIND, CITY, LocalDate.of(2024, 1, 1)).primary().ref());
  }
}
