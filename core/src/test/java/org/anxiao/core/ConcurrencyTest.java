package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.batch.DecimalQuantityArray;
import org.anxiao.core.batch.DoubleQuantityArray;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.school.School;
import org.anxiao.core.testkit.gen.RuleGenerators;
import org.anxiao.core.testkit.gen.SchoolGenerators;
import org.anxiao.core.testing.TestKinds;
import org.junit.jupiter.api.Test;

/** Shared value types, the JSON reader and the registry give the same answers from many threads. */
class ConcurrencyTest {
  @Test
  void sharedInstancesAgreeWithSequentialResults() throws Exception {
    List<School> schools = new ArrayList<>();
    qt().withFixedSeed(42).withExamples(40).forAll(SchoolGenerators.schools()).checkAssert(schools::add);
    List<RulePack> packs = new ArrayList<>();
    qt().withFixedSeed(7).withExamples(40).forAll(RuleGenerators.rulePacks()).checkAssert(packs::add);
    RulePackRegistry registry = TestKinds.builder(packs.stream().filter(p -> p.kind().endsWith("0"))
        .filter(p -> p.jurisdiction().value().equals("CN")).limit(1).toList()).build();

    List<String> sequential = work(schools, registry);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> work(schools, registry)));
      }
      for (Future<List<String>> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedColumnsAgreeWithSequentialResults() throws Exception {
    double[] readings = new double[10_000];
    for (int i = 0; i < readings.length; i++) {
      readings[i] = (i % 97) * 0.1 + i * 1e-3;
    }
    DoubleQuantityArray column = DoubleQuantityArray.of("kWh", readings);
    DecimalQuantityArray exact = column.toDecimalArray();
    String sequential = columnWork(column, exact);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> columnWork(column, exact)));
      }
      for (Future<String> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String columnWork(DoubleQuantityArray column, DecimalQuantityArray exact) {
    return column.convertedTo("kgce").sum() + " " + column.plus(column).minus(column).equals(column) + " "
        + exact.convertedTo("tce").sum().toPlainString() + " " + column.toDecimalArray().equals(exact);
  }

  private static List<String> work(List<School> schools, RulePackRegistry registry) {
    AnxiaoJson json = AnxiaoJson.strict();
    List<String> out = new ArrayList<>();
    for (School s : schools) {
      String chain = JurisdictionDirectory.standard().chain(s.jurisdiction()).toString();
      String packs = registry.status(LocalDate.of(2024, 1, 1)).toString();
      out.add(json.digest(json.read(json.write(s), School.class)) + chain + packs);
    }
    return out;
  }
}
