package org.anxiao.logistics.greening;

import static org.anxiao.logistics.greening.GreeningFixtures.campus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** One resolved calculator shared by many threads gives the sequential results; a campus round-trips as JSON. */
class GreeningConcurrencyTest {

  @Test
  void aSharedCalculatorGivesTheSequentialResults() throws Exception {
    Greening shared = GreeningFixtures.factors();
    List<CampusGreening> campuses = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      campuses.add(campus(i % 2 == 0 ? CampusStatus.NEW : CampusStatus.EXISTING, Integer.toString(1000 * i),
          Integer.toString(300 * i), Integer.toString(410 * i), Integer.toString(50 * i), Integer.toString(20 * i)));
    }
    List<GreeningResult> sequential = campuses.stream().map(shared::assess).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<GreeningResult>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (CampusGreening c : campuses) {
          futures.add(pool.submit(() -> shared.assess(c)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % campuses.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCampusRoundTripsAndAResultWritesAsJson() {
    CampusGreening c = campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500");
    assertEquals(c, AnxiaoJson.strict().read(AnxiaoJson.strict().write(c), CampusGreening.class));
    String json = AnxiaoJson.strict().write(GreeningFixtures.factors().assess(c));
    assertEquals(json, AnxiaoJson.strict().write(GreeningFixtures.factors().assess(c)));
    assertTrue(json.contains("\"coverage\":\"0.4000\"") || json.contains("\"coverage\":\"0.4\""), json);
  }
}
