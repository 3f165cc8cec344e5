package org.anxiao.logistics.vocabulary;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.testing.Fuzzing;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.dormitory.Dormitory;
import org.anxiao.logistics.dormitory.NightDutyLog;
import org.anxiao.logistics.food.FoodSafetyDayLog;
import org.anxiao.logistics.greening.CampusGreening;
import org.anxiao.logistics.supplies.SupplyStock;
import org.anxiao.logistics.waste.WasteRecord;
import org.junit.jupiter.api.Test;

/**
 * Fuzz targets for every JSON document type the logistics module contributes, through
 * {@link AnxiaoJson#readDocument} strict (schema, then binding) and lenient and
 * {@link AnxiaoJson#read(byte[], Class)} (binding alone). Any input ends in a value or an
 * {@code AnxiaoException}; a document the strict reader accepts writes and reads back equal, and
 * writes the same bytes twice.
 *
 * <p>The normal test run replays the corpus under {@code LogisticsDocumentsFuzzTestInputs/<method>/};
 * docs/testing.md says how to fuzz one target for a set time.
 */
class LogisticsDocumentsFuzzTest {

  @FuzzTest
  void canteenAccounts(byte[] json) {
    Fuzzing.readDocument(CanteenAccounts.DOCUMENT, json);
  }

  @FuzzTest
  void foodSafetyLog(byte[] json) {
    Fuzzing.readDocument(FoodSafetyDayLog.DOCUMENT, json);
  }

  @FuzzTest
  void wasteRecord(byte[] json) {
    Fuzzing.readDocument(WasteRecord.DOCUMENT, json);
  }

  @FuzzTest
  void dormitory(byte[] json) {
    Fuzzing.readDocument(Dormitory.DOCUMENT, json);
  }

  @FuzzTest
  void dormitoryNightDuty(byte[] json) {
    Fuzzing.readDocument(NightDutyLog.DOCUMENT, json);
  }

  @FuzzTest
  void suppliesStock(byte[] json) {
    Fuzzing.readDocument(SupplyStock.DOCUMENT, json);
  }

  @FuzzTest
  void campusGreening(byte[] json) {
    Fuzzing.readDocument(CampusGreening.DOCUMENT, json);
  }

  /** Each target's corpus holds a document the strict reader accepts, so the round trip is exercised. */
  @Test
  void eachCorpusHasAValidDocument() throws java.io.IOException {
    java.util.Map<String, DocumentType<?>> types = java.util.Map.of("canteenAccounts", CanteenAccounts.DOCUMENT,
        "foodSafetyLog", FoodSafetyDayLog.DOCUMENT, "wasteRecord", WasteRecord.DOCUMENT, "dormitory", Dormitory.DOCUMENT,
        "suppliesStock", SupplyStock.DOCUMENT, "dormitoryNightDuty", NightDutyLog.DOCUMENT,
        "campusGreening", CampusGreening.DOCUMENT);
    for (var e : types.entrySet()) {
      String resource = "LogisticsDocumentsFuzzTestInputs/" + e.getKey() + "/valid.json";
      try (java.io.InputStream in = LogisticsDocumentsFuzzTest.class.getResourceAsStream(resource)) {
        assertNotNull(in, resource);
        assertNotNull(AnxiaoJson.strict().readDocument(in, e.getValue()), resource);
      }
    }
  }
}
