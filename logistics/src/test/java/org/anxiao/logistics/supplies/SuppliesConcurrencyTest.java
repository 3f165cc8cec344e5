package org.anxiao.logistics.supplies;

import static org.anxiao.logistics.supplies.FictionalQuota.ON;
import static org.anxiao.logistics.supplies.FictionalQuota.line;
import static org.anxiao.logistics.supplies.FictionalQuota.m2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/**
 * One resolved calculator shared by many threads gives the sequential results; the inputs and results write
 * to JSON and the inputs read back equal.
 */
class SuppliesConcurrencyTest {

  private static List<SchoolSize> sizes() {
    List<SchoolSize> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(new SchoolSize(100L * i + 7, i % 9, m2(Integer.toString(1000 * i)), m2(Integer.toString(2500 * i + 1))));
    }
    return out;
  }

  @Test
  void aSharedCalculatorGivesTheSequentialResults() throws Exception {
    EmergencySupplies shared = FictionalQuota.supplies();
    SupplyStock stock = SupplyStock.of("S1", List.of(line("sandbags", 120, "2024-05-01"),
        line("raincoats", 10, "2021-06-01"), line("first-aid-kits", 3, "2025-01-01", "2026-06-15")));
    List<SchoolSize> sizes = sizes();
    List<SupplyResult> sequential = new ArrayList<>();
    for (SchoolSize s : sizes) {
      sequential.add(shared.assess(s, stock, ON));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SupplyResult>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (SchoolSize s : sizes) {
          futures.add(pool.submit(() -> shared.assess(s, stock, ON)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % sizes.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void inputsRoundTripAndResultsWriteAsJson() {
    SchoolSize size = FictionalQuota.size();
    assertEquals(size, AnxiaoJson.strict().read(AnxiaoJson.strict().write(size), SchoolSize.class));
    SupplyResult a = FictionalQuota.supplies().assess(size, SupplyStock.of("S1", EmergencySuppliesTest.full()), ON);
    String json = AnxiaoJson.strict().write(a);
    assertEquals(json, AnxiaoJson.strict().write(FictionalQuota.supplies().assess(size,
        SupplyStock.of("S1", EmergencySuppliesTest.full()), ON)));
    assertTrue(json.contains("\"shortfall\":\"0\""), json);
  }
}
