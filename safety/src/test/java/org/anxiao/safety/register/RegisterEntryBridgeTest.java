package org.anxiao.safety.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.safety.hazard.HazardCheckResult;
import org.anxiao.safety.hazard.HazardChecks;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.HazardRegister;
import org.junit.jupiter.api.Test;

/** A checked hazard register becomes register lines: the bridge from the hazard model to the KPIs. */
class RegisterEntryBridgeTest {
  private static final LocalDate APRIL_30 = LocalDate.of(2024, 4, 30);

  static HazardRegister example() throws IOException {
    try (InputStream in = RegisterEntryBridgeTest.class.getResourceAsStream("/org/anxiao/safety/hazard/example-register.json")) {
      return AnxiaoJson.strict().readDocument(in, HazardRegister.DOCUMENT);
    }
  }

  static HazardCheckResult check(HazardRegister register, LocalDate asOf) {
    RuleContext context = RuleContext.standard(register.jurisdiction(), asOf);
    return HazardChecks.in(context).check(register, asOf);
  }

  @Test
  void theExampleRegisterOnMarch31() throws IOException {
    // The fourth hazard is found on 2 April: the register of 31 March holds the first three.
    HazardRegister full = example();
    LocalDate march31 = LocalDate.of(2024, 3, 31);
    HazardRegister register = new HazardRegister(full.schemaVersion(), full.unitId(), full.jurisdiction(),
        full.hazards().subList(0, 3));
    List<RegisterEntry> entries = RegisterEntry.of(register, check(register, march31));
    assertEquals(3, entries.size());

    RegisterEntry first = entries.get(0);   // accepted on 27 March, deadline 31 March
    assertEquals("H-2024-001", first.id());
    assertEquals("S-MH-0001", first.unit());
    assertEquals(JurisdictionCode.of("310112"), first.jurisdiction());
    assertEquals("9", first.area());
    assertEquals("安全管理中心", first.department());
    assertEquals(HazardGrade.GENERAL, first.grade());
    assertEquals(LocalDate.of(2024, 3, 5), first.found());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), first.deadline());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 27)), first.closed());
    assertTrue(first.planComplete(), "a general hazard needs no plan");

    RegisterEntry major = entries.get(1);   // major, rectifying to 30 April
    assertEquals(HazardGrade.MAJOR, major.grade());
    assertEquals(Optional.empty(), major.closed());
    assertEquals(check(register, march31).hazards().get(1).planComplete(), major.planComplete());

    RegisterEntry third = entries.get(2);   // flagged hard to resolve only on 10 April
    assertFalse(third.hardToResolve());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 15)), third.deadline());
  }

  @Test
  void theFlagAndTheOutcomeFollowTheDayChecked() throws IOException {
    HazardRegister full = example();
    HazardRegister register = new HazardRegister(full.schemaVersion(), full.unitId(), full.jurisdiction(),
        full.hazards().subList(0, 3));
    List<RegisterEntry> entries = RegisterEntry.of(register, check(register, APRIL_30));
    assertTrue(entries.get(2).hardToResolve());
    assertEquals(Optional.of(org.anxiao.safety.hazard.MinhangOutcome.HARD_TO_RESOLVE), entries.get(2).outcome(APRIL_30));
  }

  @Test
  void anUngradedHazardIsRefusedNotGuessed() throws IOException {
    HazardRegister register = example();   // H-2024-004: reported on 2 April, never graded
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> RegisterEntry.of(register, check(register, APRIL_30)));
    assertEquals(Optional.of("H-2024-004.grade"), e.field());
  }

  @Test
  void aCheckOfAnotherHazardOrRegisterIsRefused() throws IOException {
    HazardRegister register = example();
    HazardCheckResult checks = check(register, APRIL_30);
    InvalidValueException other = assertThrows(InvalidValueException.class,
        () -> RegisterEntry.of(register.hazards().get(0), checks.hazards().get(1)));
    assertEquals(Optional.of("check.hazardId"), other.field());
    HazardRegister shorter = new HazardRegister(register.schemaVersion(), register.unitId(), register.jurisdiction(),
        register.hazards().subList(0, 2));
    InvalidValueException size = assertThrows(InvalidValueException.class, () -> RegisterEntry.of(shorter, checks));
    assertEquals(Optional.of("checks.hazards"), size.field());
  }
}
