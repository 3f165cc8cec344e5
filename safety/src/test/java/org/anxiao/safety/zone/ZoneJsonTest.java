package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.guangzhou;
import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The zone models on the wire (strict reader, round trips) and the calculator shared across threads. */
class ZoneJsonTest {
  private static <T> T roundTrip(T value, Class<T> type) {
    return AnxiaoJson.strict().read(AnxiaoJson.strict().write(value), type);
  }

  @Test
  void modelsRoundTrip() {
    Venue venue = new Venue("网吧甲", VenueCategory.INTERNET_CAFE,
        new GeoPoint(23.0957255107, 113.3053727896, CoordinateSystem.GCJ02));
    assertEquals(venue, roundTrip(venue, Venue.class));
    CampusBoundary campus = guangzhou();
    assertEquals(campus, roundTrip(campus, CampusBoundary.class));
  }

  @Test
  void theStrictReaderRefusesASelfIntersectingBoundaryAndUnknownFields() {
    String bowTie = "{\"boundary\":{\"vertices\":["
        + "{\"latitude\":23.1,\"longitude\":113.3,\"system\":\"WGS84\"},"
        + "{\"latitude\":23.102,\"longitude\":113.302,\"system\":\"WGS84\"},"
        + "{\"latitude\":23.1,\"longitude\":113.302,\"system\":\"WGS84\"},"
        + "{\"latitude\":23.102,\"longitude\":113.3,\"system\":\"WGS84\"}]}}";
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(bowTie,
        CampusBoundary.class));
    assertTrue(e.getMessage().contains("intersects itself"), e.getMessage());
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(
        "{\"name\":\"v\",\"category\":\"KTV\",\"location\":{\"latitude\":23,\"longitude\":113,\"system\":\"WGS84\"},"
            + "\"radius\":200}", Venue.class));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(
        "{\"name\":\"v\",\"category\":\"KTV\",\"location\":{\"latitude\":23,\"longitude\":113}}", Venue.class));
  }

  @Test
  void theCheckIsWrittenWithItsDistances() {
    ZoneCheck check = SafetyZones.in(ZoneFixtures.context("440000", "2026-03-01")).check(
        Subject.of(SubjectKind.SCHOOL, "s"), guangzhou(),
        List.of(new Venue("v", VenueCategory.INTERNET_CAFE, wgs(ZoneFixtures.LAT_150, 113.3))));
    String json = AnxiaoJson.strict().write(check);
    assertTrue(json.contains("\"status\":\"INSIDE_ZONE\""), json);
    assertTrue(json.contains("\"distance\":\"150\""), json);
  }

  @Test
  void theCalculatorGivesTheSameVerdictsFromManyThreads() throws Exception {
    SafetyZones zones = SafetyZones.in(ZoneFixtures.context("440000", "2026-03-01"));
    CampusBoundary campus = guangzhou();
    List<Venue> venues = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      venues.add(new Venue("v" + i, VenueCategory.INTERNET_CAFE, wgs(23.095 + i * 0.0002, 113.299 + i * 0.00005)));
    }
    Subject s = Subject.of(SubjectKind.SCHOOL, "s");
    ZoneCheck sequential = zones.check(s, campus, venues);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ZoneCheck>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> zones.check(s, campus, venues)));
      }
      for (Future<ZoneCheck> f : futures) {
        assertEquals(sequential.venues(), f.get().venues());
      }
    } finally {
      pool.shutdown();
    }
  }
}
