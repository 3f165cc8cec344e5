package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.KIND;
import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.testing.TestKinds;
import org.junit.jupiter.api.Test;

class RulePackRegistryTest {
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  private static final JurisdictionCode PUDONG = JurisdictionCode.of("310115");

  private static final RulePack NATIONAL = pack("cn.guards", "1.0", "CN", "2022-10-01", null,
      Verification.SECONDARY, Map.of("perGate", "1", "nightGuards", "1", "patrolsPerDay", "5"));
  private static final RulePack SHANGHAI = pack("sh.guards", "1.0", "310000", "2021-01-01", "2023-12-31",
      Verification.SECONDARY, Map.of("perGate", "2"));
  private static final RulePack MINHANG_2022 = pack("mh.guards", "1.0", "310112", "2022-03-01", null,
      Verification.OFFICIAL_TEXT, Map.of("nightGuards", "2"));
  private static final RulePack MINHANG_2022_FIX = pack("mh.guards", "1.1", "310112", "2022-03-01", null,
      Verification.OFFICIAL_TEXT, Map.of("nightGuards", "3"));

  private static RulePackRegistry registry() {
    return TestKinds.builder(NATIONAL, SHANGHAI, MINHANG_2022, MINHANG_2022_FIX).build();
  }

  private static BigDecimal value(ResolvedRules rules, String name) {
    return rules.parameter(name).decimal();
  }

  @Test
  void narrowerJurisdictionOverridesOnlyWhereItDefinesTheRule() {
    ResolvedRules r = registry().resolve(KIND, MINHANG, LocalDate.of(2023, 6, 1));
    assertEquals(List.of(PackRef.of("mh.guards", "1.1"), PackRef.of("sh.guards", "1.0"), PackRef.of("cn.guards", "1.0")),
        r.packs());
    assertEquals(new BigDecimal("3"), value(r, "nightGuards"), "district, newest version");
    assertEquals(new BigDecimal("2"), value(r, "perGate"), "city");
    assertEquals(new BigDecimal("5"), value(r, "patrolsPerDay"), "nation");
    assertEquals("sh.guards", r.parameter("perGate").pack().id());
  }

  @Test
  void otherDistrictsInheritFromTheCity() {
    ResolvedRules r = registry().resolve(KIND, PUDONG, LocalDate.of(2023, 6, 1));
    assertEquals(new BigDecimal("1"), value(r, "nightGuards"));
    assertEquals(new BigDecimal("2"), value(r, "perGate"));
  }

  @Test
  void datesSelectThePackInForce() {
    ResolvedRules after = registry().resolve(KIND, MINHANG, LocalDate.of(2024, 1, 1));
    assertEquals(new BigDecimal("1"), value(after, "perGate"), "the Shanghai pack expired on 2023-12-31");
    ResolvedRules lastDay = registry().resolve(KIND, MINHANG, LocalDate.of(2023, 12, 31));
    assertEquals(new BigDecimal("2"), value(lastDay, "perGate"), "validTo is inclusive");
    RulePackException none = assertThrows(RulePackException.class,
        () -> registry().resolve(KIND, JurisdictionCode.of("370000"), LocalDate.of(2020, 1, 1)));
    assertEquals(RulePackException.NOT_FOUND, none.errorCode());
  }

  @Test
  void pinningReproducesAnOlderVersion() {
    RuleQuery q = RuleQuery.of(KIND, MINHANG, LocalDate.of(2023, 6, 1)).pin(PackRef.of("mh.guards", "1.0"));
    ResolvedRules r = registry().resolve(q);
    assertEquals(new BigDecimal("2"), value(r, "nightGuards"));
    assertEquals(PackRef.of("mh.guards", "1.0"), r.primary().ref());
  }

  @Test
  void verificationFloorRefusesWeakerPacks() {
    RuleQuery q = RuleQuery.of(KIND, MINHANG, LocalDate.of(2023, 6, 1)).atLeast(Verification.OFFICIAL_TEXT);
    ResolvedRules r = registry().resolve(q);
    assertEquals(List.of(PackRef.of("mh.guards", "1.1")), r.packs());
    assertThrows(RulePackException.class, () -> r.parameter("perGate"));
  }

  @Test
  void appliedRulesRecordPackVersionValueAndClause() {
    AppliedRule a = registry().resolve(KIND, MINHANG, LocalDate.of(2023, 6, 1)).parameter("perGate").applied();
    assertEquals(PackRef.of("sh.guards", "1.0"), a.pack());
    assertEquals("2", a.value());
    assertEquals(Optional.of("人"), a.unit());
    assertEquals(Optional.of("第perGate条"), a.citation().clause());
    assertEquals(Verification.SECONDARY, a.verification());
  }

  @Test
  void policyRefusesUnverifiedFiguresByDefault() {
    RulePack weak = pack("cn.weak", "1", "CN", "2020-01-01", null, Verification.UNVERIFIED, Map.of("ratio", "0.5"));
    AppliedRule a = TestKinds.builder(weak).build()
        .resolve(KIND, MINHANG, LocalDate.of(2023, 1, 1)).parameter("ratio").applied();
    RulePackException e = assertThrows(RulePackException.class, () -> VerificationPolicy.DEFAULT.require(a));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    assertEquals(a, VerificationPolicy.ALLOW_UNVERIFIED.require(a));
  }

  @Test
  void overlappingPacksOfOneKindAndPlaceAreRejected() {
    RulePack rival = pack("sh.rival", "1.0", "310000", "2023-06-01", null, Verification.SECONDARY, Map.of("perGate", "3"));
    RulePackException e = assertThrows(RulePackException.class,
        () -> TestKinds.builder(SHANGHAI, rival).build());
    assertEquals(RulePackException.AMBIGUOUS, e.errorCode());
    RulePack successor = pack("sh.rival", "1.0", "310000", "2024-01-01", null, Verification.SECONDARY, Map.of());
    TestKinds.builder(SHANGHAI, successor).build();
    RulePack moved = pack("sh.guards", "2.0", "330000", "2024-01-01", null, Verification.SECONDARY, Map.of());
    assertThrows(RulePackException.class, () -> TestKinds.builder(SHANGHAI, moved).build());
  }

  @Test
  void typedAccessorsCheckTheType() {
    ResolvedParameter p = registry().resolve(KIND, MINHANG, LocalDate.of(2023, 6, 1)).parameter("perGate");
    RulePackException e = assertThrows(RulePackException.class, p::text);
    assertTrue(e.getMessage().contains("sh.guards@1.0"), e.getMessage());
  }

  @Test
  void tableRowsCarryTheirOwnVerification() {
    RulePack factors = RulePack.builder().from(NATIONAL).id("cn.factors").kind("anxiao.test.factors")
        .parameters(Map.of("grid", new Parameter.DecimalTable(Map.of(
            "2022", DecimalEntry.of("0.5366"),
            "2021", new DecimalEntry(new BigDecimal("0.5942"), Optional.of("附表"), Optional.of(Verification.UNVERIFIED))),
            Optional.of("kgCO2/kWh"), Optional.empty(), Optional.empty(), Optional.empty())))
        .build();
    ResolvedParameter grid = TestKinds.builder(factors).build()
        .resolve("anxiao.test.factors", MINHANG, LocalDate.of(2023, 1, 1)).parameter("grid");
    assertEquals(new BigDecimal("0.5366"), grid.tableValue("2022"));
    assertEquals(Verification.UNVERIFIED, grid.appliedRow("2021").verification());
    assertEquals(Verification.SECONDARY, grid.appliedRow("2022").verification());
    assertEquals("grid[2021]", grid.appliedRow("2021").parameter());
    assertThrows(UnknownCodeException.class, () -> grid.tableValue("2030"));
  }

  @Test
  void statusListsEachPack() {
    List<PackStatus> status = registry().status(LocalDate.of(2024, 6, 1));
    assertEquals(4, status.size());
    assertTrue(status.contains(new PackStatus(SHANGHAI.header(), PackStatus.State.EXPIRED)));
    assertTrue(status.contains(new PackStatus(MINHANG_2022.header(), PackStatus.State.SUPERSEDED)));
    assertTrue(status.contains(new PackStatus(MINHANG_2022_FIX.header(), PackStatus.State.IN_FORCE)));
    assertEquals(PackStatus.State.FUTURE, registry().status(LocalDate.of(2020, 1, 1)).stream()
        .filter(s -> s.header().id().equals("cn.guards")).findFirst().orElseThrow().state());
  }

  @Test
  void versionsCompareNumerically() {
    assertTrue(PackVersion.of("1.10").compareTo(PackVersion.of("1.9")) > 0);
    assertEquals(0, PackVersion.of("2").compareTo(PackVersion.of("2.0.0")));
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> PackVersion.of("1.0-beta"));
  }
}
