package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.NightFixtures.FROM;
import static org.anxiao.logistics.dormitory.NightFixtures.NIGHT;
import static org.anxiao.logistics.dormitory.NightFixtures.UNTIL;
import static org.anxiao.logistics.dormitory.NightFixtures.rounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The night record refuses bad input naming the field, each bound at, below and above; its JSON document. */
class NightDutyLogTest {
  private static final List<DutyPost> ONE = List.of(new DutyPost(DutyRole.DORMITORY_KEEPER, 1));

  private static String field(Runnable r) {
    InvalidValueException e = assertThrows(InvalidValueException.class, r::run);
    return e.field().orElse("");
  }

  private static NightDutyLog log(LocalDateTime from, LocalDateTime until, List<LocalDateTime> rounds) {
    return NightDutyLog.of("B3", NIGHT, from, until, ONE, rounds, 10, 10, List.of());
  }

  private static NightDutyLog rooms(int occupied, int checked) {
    return NightDutyLog.of("B3", NIGHT, FROM, UNTIL, ONE, List.of(), occupied, checked, List.of());
  }

  @Test
  void theWindowStartsOnTheNightAndLastsAtMostADay() {
    assertEquals("dutyFrom", field(() -> log(FROM.minusDays(1), UNTIL, List.of())));
    assertEquals("dutyUntil", field(() -> log(FROM, FROM, List.of())));
    assertEquals("dutyUntil", field(() -> log(FROM, FROM.minusMinutes(1), List.of())));
    assertEquals(Duration.ofMinutes(1), log(FROM, FROM.plusMinutes(1), List.of()).window());
    // 24 hours exactly is accepted; a minute more is refused.
    assertEquals(Duration.ofHours(24), log(FROM, FROM.plusHours(24), List.of()).window());
    assertEquals("dutyUntil", field(() -> log(FROM, FROM.plusHours(24).plusMinutes(1), List.of())));
    // The window may start just before midnight of the night's date.
    log(NIGHT.atTime(23, 59), NIGHT.atTime(23, 59).plusHours(8), List.of());
  }

  @Test
  void patrolRoundsLieInTheWindowInOrder() {
    // At both ends: accepted.
    assertEquals(2, log(FROM, UNTIL, List.of(FROM, UNTIL)).patrolRounds().size());
    assertEquals("patrolRounds[0]", field(() -> log(FROM, UNTIL, List.of(FROM.minusMinutes(1)))));
    assertEquals("patrolRounds[1]", field(() -> log(FROM, UNTIL, List.of(FROM, UNTIL.plusMinutes(1)))));
    InvalidValueException same = assertThrows(InvalidValueException.class,
        () -> log(FROM, UNTIL, List.of(FROM.plusHours(1), FROM.plusHours(1))));
    assertEquals("patrolRounds[1]", same.field().orElseThrow());
    assertTrue(same.getMessage().contains("same time"), same.getMessage());
    InvalidValueException back = assertThrows(InvalidValueException.class,
        () -> log(FROM, UNTIL, List.of(FROM.plusHours(2), FROM.plusHours(1))));
    assertEquals("patrolRounds[1]", back.field().orElseThrow());
    assertTrue(back.getMessage().contains("after the round before"), back.getMessage());
    assertEquals(List.of(FROM.plusHours(1), FROM.plusHours(1).plusSeconds(1)),
        log(FROM, UNTIL, List.of(FROM.plusHours(1), FROM.plusHours(1).plusSeconds(1))).patrolRounds());
    assertThrows(AnxiaoException.class, () -> log(FROM, UNTIL, Arrays.asList(FROM, null)));
  }

  @Test
  void roomsCheckedAreAtMostRoomsOccupiedAndCountsAreNotNegative() {
    assertEquals(10, rooms(10, 10).roomsChecked());
    assertEquals("roomsChecked", field(() -> rooms(10, 11)));
    assertEquals("roomsOccupied", field(() -> rooms(-1, 0)));
    assertEquals("roomsChecked", field(() -> rooms(10, -1)));
    assertEquals(0, rooms(0, 0).roomsOccupied());
  }

  @Test
  void staffRolesOnceCountsInBounds() {
    assertEquals("count", field(() -> new DutyPost(DutyRole.SECURITY_GUARD, -1)));
    assertEquals("count", field(() -> new DutyPost(DutyRole.SECURITY_GUARD, DutyPost.MAX_COUNT + 1)));
    assertEquals(DutyPost.MAX_COUNT, new DutyPost(DutyRole.SECURITY_GUARD, DutyPost.MAX_COUNT).count());
    assertEquals(0, new DutyPost(DutyRole.SECURITY_GUARD, 0).count());
    assertEquals("staff[1].role", field(() -> NightDutyLog.of("B3", NIGHT, FROM, UNTIL,
        List.of(new DutyPost(DutyRole.DUTY_TEACHER, 1), new DutyPost(DutyRole.DUTY_TEACHER, 2)), List.of(), 0, 0,
        List.of())));
    NightDutyLog all = NightDutyLog.of("B3", NIGHT, FROM, UNTIL, List.of(new DutyPost(DutyRole.DORMITORY_KEEPER, 1),
        new DutyPost(DutyRole.DUTY_TEACHER, 2), new DutyPost(DutyRole.SECURITY_GUARD, 4),
        new DutyPost(DutyRole.OTHER, 0)), List.of(), 0, 0, List.of());
    assertEquals(7, all.onDuty());
    assertEquals("保安员", DutyRole.SECURITY_GUARD.label().zh());
    assertEquals("dormitory keeper", DutyRole.DORMITORY_KEEPER.label().en());
  }

  @Test
  void incidentsLieInTheWindowAndSayWhatHappened() {
    List<NightIncident> outside = List.of(new NightIncident(UNTIL.plusMinutes(1), "迟到", true));
    assertEquals("incidents[0].time", field(() -> NightDutyLog.of("B3", NIGHT, FROM, UNTIL, ONE, List.of(), 0, 0,
        outside)));
    List<NightIncident> before = List.of(new NightIncident(FROM.minusMinutes(1), "迟到", true));
    assertEquals("incidents[0].time", field(() -> NightDutyLog.of("B3", NIGHT, FROM, UNTIL, ONE, List.of(), 0, 0,
        before)));
    List<NightIncident> atEnds = new ArrayList<>(List.of(new NightIncident(FROM, "甲", true),
        new NightIncident(UNTIL, "乙", false)));
    assertEquals(2, NightDutyLog.of("B3", NIGHT, FROM, UNTIL, ONE, List.of(), 0, 0, atEnds).incidents().size());
    assertEquals("description", field(() -> new NightIncident(FROM, " ", true)));
    assertThrows(AnxiaoException.class, () -> new NightIncident(LocalDateTime.MAX, "甲", true));
    assertEquals("buildingId", field(() -> NightDutyLog.of(" ", NIGHT, FROM, UNTIL, ONE, rounds(1), 0, 0, List.of())));
  }

  private static final String JSON = """
      {"schemaVersion":"1.0","buildingId":"B3","night":"2026-03-02","dutyFrom":"2026-03-02T21:00",
       "dutyUntil":"2026-03-03T06:00","staff":[{"role":"DORMITORY_KEEPER","count":1},{"role":"SECURITY_GUARD","count":2}],
       "patrolRounds":["2026-03-02T22:00","2026-03-03T01:00"],"roomsOccupied":40,"roomsChecked":37,
       "incidents":[{"time":"2026-03-03T02:10","description":"东侧安全门报警","reported":false}]}""";

  @Test
  void theDocumentReadsWritesAndReadsBack() {
    NightDutyLog log = AnxiaoJson.strict().readDocument(JSON, NightDutyLog.DOCUMENT);
    assertEquals(3, log.onDuty());
    assertEquals(List.of(LocalDateTime.of(2026, 3, 2, 22, 0), LocalDateTime.of(2026, 3, 3, 1, 0)), log.patrolRounds());
    String written = AnxiaoJson.strict().write(log);
    assertEquals(log, AnxiaoJson.strict().readDocument(written, NightDutyLog.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"roomsChecked\":37", "\"roomsChecked\":41"), NightDutyLog.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"SECURITY_GUARD\"", "\"JANITOR\""), NightDutyLog.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"roomsOccupied\"", "\"extra\":1,\"roomsOccupied\""), NightDutyLog.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("2026-03-03T01:00", "2026-03-03T07:00"), NightDutyLog.DOCUMENT));
  }

  /** The fuzz corpus for this document (LogisticsDocumentsFuzzTestInputs/dormitoryNightDuty) holds a valid record. */
  @Test
  void theFuzzCorpusHoldsAValidRecord() throws java.io.IOException {
    String resource = "/org/anxiao/logistics/vocabulary/LogisticsDocumentsFuzzTestInputs/dormitoryNightDuty/valid.json";
    try (java.io.InputStream in = NightDutyLogTest.class.getResourceAsStream(resource)) {
      org.junit.jupiter.api.Assertions.assertNotNull(in, resource);
      assertEquals(37, AnxiaoJson.strict().readDocument(in, NightDutyLog.DOCUMENT).roomsChecked());
    }
  }
}
