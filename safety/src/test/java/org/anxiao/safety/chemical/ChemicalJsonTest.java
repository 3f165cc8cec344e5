package org.anxiao.safety.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/** The chemical models on the wire (strict reader, round trips) and the calculators shared across threads. */
class ChemicalJsonTest {
  private static <T> T roundTrip(T value, Class<T> type) {
    return AnxiaoJson.strict().read(AnxiaoJson.strict().write(value), type);
  }

  @Test
  void modelsRoundTrip() {
    RuleContext context = ChemicalFixtures.national(VerificationPolicy.ALLOW_UNVERIFIED);
    HazardClassTable classes = context.bind(HazardClassRule.KIND).value().classes().value();
    assertEquals(classes, roundTrip(classes, HazardClassTable.class));
    CompatibilityMatrix matrix = context.bind(CompatibilityRule.KIND).value().incompatible().value();
    assertEquals(matrix, roundTrip(matrix, CompatibilityMatrix.class));
    StoredItem item = ChemicalFixtures.item(ChemicalFixtures.PEROXIDE, "30");
    assertEquals(item, roundTrip(item, StoredItem.class));
    Cabinet cabinet = ChemicalStorageTest.sample().cabinets().get(0);
    assertEquals(cabinet, roundTrip(cabinet, Cabinet.class));
  }

  @Test
  void quantitiesAndConcentrationsAreDecimalStrings() {
    String json = AnxiaoJson.strict().write(ChemicalFixtures.item(ChemicalFixtures.PEROXIDE, "30"));
    assertTrue(json.contains("\"concentration\":\"30\""), json);
    assertTrue(json.contains("\"quantity\":\"500\""), json);
    String flags = AnxiaoJson.strict().write(ChemicalFixtures.registry().flags(ChemicalFixtures.SULFURIC_ACID));
    assertTrue(flags.contains("\"precursorCategory\":\"THIRD\""), flags);
  }

  @Test
  void theStrictReaderRefusesUnknownFieldsAndBadValues() {
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read("{\"cas\":\"7664-93-9\",\"quantity\":\"1\","
        + "\"unit\":\"GRAM\",\"concentration\":\"98\",\"underOil\":false,\"shelf\":\"2\"}", StoredItem.class));
    AnxiaoException zero = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read("{\"cas\":\"7664-93-9\","
        + "\"quantity\":\"0\",\"unit\":\"GRAM\",\"concentration\":\"98\",\"underOil\":false}", StoredItem.class));
    assertTrue(zero.getMessage().contains("quantity"), zero.getMessage());
  }

  @Test
  void theStorageCheckGivesTheSameFindingsFromManyThreads() throws Exception {
    ChemicalStorage storage = ChemicalStorage.in(ChemicalFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED));
    StorageLayout layout = ChemicalStorageTest.sample();
    StorageCheck sequential = storage.check(layout);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<StorageCheck>> runs = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        runs.add(pool.submit(() -> storage.check(layout)));
      }
      for (Future<StorageCheck> run : runs) {
        StorageCheck parallel = run.get();
        assertEquals(sequential.findings(), parallel.findings());
        assertEquals(sequential.rules(), parallel.rules());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStorageCheckReportsTheRulesItApplied() {
    StorageCheck check = ChemicalStorage.in(ChemicalFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED))
        .check(ChemicalStorageTest.sample());
    assertTrue(!check.rulesApplied().isEmpty(), "no rules applied");
  }
}
