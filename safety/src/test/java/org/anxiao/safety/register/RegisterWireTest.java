package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.MARCH;
import static org.anxiao.safety.register.RegisterFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** Register models on the wire, and the calculator shared across threads. */
class RegisterWireTest {
  @Test
  void entriesAndFiguresRoundTrip() {
    for (RegisterEntry e : RegisterFixtures.worked()) {
      assertEquals(e, AnxiaoJson.strict().read(AnxiaoJson.strict().write(e), RegisterEntry.class));
    }
    RegisterFigures f = RegisterFixtures.standard().calculate(SCHOOL, MARCH, RegisterFixtures.worked()).figures();
    assertEquals(f, AnxiaoJson.strict().read(AnxiaoJson.strict().write(f), RegisterFigures.class));
  }

  @Test
  void anEntryWithoutOptionalDatesReadsAsNone() {
    RegisterEntry e = AnxiaoJson.strict().read("""
        {"id":"A","unit":"S1","jurisdiction":"310112","area":"2","department":"法制科","grade":"GENERAL",
         "found":"2022-03-01","hardToResolve":false,"planComplete":false}""", RegisterEntry.class);
    assertEquals(java.util.Optional.empty(), e.deadline());
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read("""
        {"id":"A","unit":"S1","jurisdiction":"310112","area":"2","department":"法制科","grade":"GENERAL",
         "found":"2022-03-02","closed":"2022-03-01","hardToResolve":false,"planComplete":false}""", RegisterEntry.class));
  }

  @Test
  void oneCalculatorGivesTheSameFiguresOnManyThreads() throws Exception {
    RegisterKpis kpis = RegisterFixtures.standard();
    List<List<RegisterEntry>> registers = new ArrayList<>();
    for (long seed = 0; seed < 32; seed++) {
      registers.add(org.anxiao.safety.testkit.RegisterGenerators.entries(seed));
    }
    List<RegisterFigures> sequential = registers.stream().map(r -> kpis.calculate(SCHOOL, MARCH, r).figures()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RegisterFigures>> futures = new ArrayList<>();
      for (List<RegisterEntry> r : registers) {
        futures.add(pool.submit(() -> kpis.calculate(SCHOOL, MARCH, r).figures()));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
