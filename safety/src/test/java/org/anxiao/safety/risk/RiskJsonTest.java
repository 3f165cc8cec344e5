package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The risk models on the wire (strict reader, round trips) and the calculators shared across threads. */
class RiskJsonTest {
  private static <T> T roundTrip(T value, Class<T> type) {
    return AnxiaoJson.strict().read(AnxiaoJson.strict().write(value), type);
  }

  @Test
  void modelsRoundTrip() {
    LecFactors f = RiskFixtures.factors("0.5", "6", "15");
    assertEquals(f, roundTrip(f, LecFactors.class));
    RiskMatrix cells = RiskFixtures.threeByThree();
    assertEquals(cells, roundTrip(cells, RiskMatrix.class));
    RiskMatrix bands = RiskMatricesTest.a().rules().value().matrix().value();
    assertEquals(bands, roundTrip(bands, RiskMatrix.class));
    LecScale scale = RiskFixtures.lec().rules().value().likelihoodScale().value();
    assertEquals(scale, roundTrip(scale, LecScale.class));
  }

  @Test
  void theFactorsAreWrittenAsDecimalStrings() {
    String json = AnxiaoJson.strict().write(RiskFixtures.factors("0.5", "6", "15"));
    assertTrue(json.contains("\"likelihood\":\"0.5\""), json);
  }

  @Test
  void theStrictReaderRefusesBadFactorsAndUnknownFields() {
    AnxiaoException zero = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict()
        .read("{\"likelihood\":\"0\",\"exposure\":\"6\",\"consequence\":\"15\"}", LecFactors.class));
    assertEquals(Optional.of("/likelihood"), zero.field(), zero.getMessage());
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict()
        .read("{\"likelihood\":\"3\",\"exposure\":\"6\",\"consequence\":\"15\",\"d\":\"270\"}", LecFactors.class));
  }

  @Test
  void theCalculatorsGiveTheSameGradesFromManyThreads() throws Exception {
    LecGradings lec = RiskFixtures.lec();
    RiskMatrices matrix = RiskMatricesTest.a();
    String[] l = {"10", "6", "3", "1", "0.5", "0.2", "0.1"};
    String[] e = {"10", "6", "3", "2", "1", "0.5"};
    String[] c = {"100", "40", "15", "7", "3", "1"};
    List<String> sequential = new ArrayList<>();
    for (String a : l) {
      for (String b : e) {
        for (String d : c) {
          sequential.add(lec.grade(SUBJECT, RiskFixtures.factors(a, b, d)).level().name());
        }
      }
    }
    for (int i = 1; i <= 5; i++) {
      for (int j = 1; j <= 5; j++) {
        sequential.add(matrix.grade(SUBJECT, i, j).level().name());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (String a : l) {
            for (String b : e) {
              for (String d : c) {
                out.add(lec.grade(SUBJECT, RiskFixtures.factors(a, b, d)).level().name());
              }
            }
          }
          for (int i = 1; i <= 5; i++) {
            for (int j = 1; j <= 5; j++) {
              out.add(matrix.grade(SUBJECT, i, j).level().name());
            }
          }
          return out;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(sequential, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
