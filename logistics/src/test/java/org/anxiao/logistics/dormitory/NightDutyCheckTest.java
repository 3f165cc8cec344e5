package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.junit.jupiter.api.Test;

/** The result record checks its own components: the share a fraction, incident indexes into the record. */
class NightDutyCheckTest {
  private static final NightDutyLog LOG = NightFixtures.night(1, 2, 10, 9,
      List.of(new NightIncident(NightFixtures.FROM, "甲", false)));

  private static NightDutyCheck check(int onDuty, Optional<BigDecimal> share, List<Integer> unreported) {
    return new NightDutyCheck(Subject.of(SubjectKind.BUILDING, "B3"), LOG, onDuty, 2, share, false, false, true,
        unreported, List.of(), List.of(), List.of(), List.of());
  }

  private static String field(Runnable r) {
    return assertThrows(InvalidValueException.class, r::run).field().orElse("");
  }

  @Test
  void theShareLiesInZeroToOne() {
    assertEquals(Optional.of(BigDecimal.ONE), check(1, Optional.of(BigDecimal.ONE), List.of()).roomCheckShare());
    assertEquals(Optional.of(BigDecimal.ZERO), check(1, Optional.of(BigDecimal.ZERO), List.of()).roomCheckShare());
    assertEquals("roomCheckShare", field(() -> check(1, Optional.of(new BigDecimal("1.0001")), List.of())));
    assertEquals("roomCheckShare", field(() -> check(1, Optional.of(new BigDecimal("-0.0001")), List.of())));
    assertEquals(Optional.empty(), check(1, Optional.empty(), List.of()).roomCheckShare());
  }

  @Test
  void unreportedIncidentsIndexTheRecord() {
    assertEquals(List.of(0), check(1, Optional.empty(), List.of(0)).unreportedIncidents());
    assertEquals("unreportedIncidents[0]", field(() -> check(1, Optional.empty(), List.of(1))));
    assertEquals("unreportedIncidents[0]", field(() -> check(1, Optional.empty(), List.of(-1))));
    assertEquals("onDuty", field(() -> check(-1, Optional.empty(), List.of())));
  }
}
