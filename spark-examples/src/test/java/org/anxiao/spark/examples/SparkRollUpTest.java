package org.anxiao.spark.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.BatchResult;
import org.anxiao.energy.batch.RollUpLine;
import org.anxiao.energy.batch.RollUpReport;
import org.anxiao.energy.testkit.province.BadReading;
import org.anxiao.energy.testkit.province.ProvinceReading;
import org.anxiao.energy.testkit.province.SyntheticProvince;
import org.anxiao.spark.EnergyRollUpJob;
import org.anxiao.spark.RollUpRun;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) on a small generated province written as Parquet:
 * school by school equal to the single-JVM roll-up, and the injected bad rows in the failures table.
 */
class SparkRollUpTest {
  static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31));
  static final YearMonth FIRST = YearMonth.of(2020, 1);

  static SparkSession spark;
  static SyntheticProvince province;
  static Dataset<Row> readings;
  static Dataset<Row> schools;
  static RollUpReport single;
  static BatchResult singleBatch;

  @TempDir
  static Path dir;

  @BeforeAll
  static void writeProvince() {
    spark = LocalSpark.start("local[2]", 4);
    province = SyntheticProvince.builder(ProvinceRollUpDemo.SEED).schools(48).gapRate(0.03).replacementRate(0.2)
        .badRows(8).build();
    ProvinceTables.writeParquet(spark, province, dir, 3);
    readings = ProvinceTables.readReadings(spark, dir);
    schools = ProvinceTables.readSchools(spark, dir);

    // The single-JVM reference: the good rows in the order BatchReadings sums them.
    List<ProvinceReading> rows = new ArrayList<>(province.readings());
    rows.sort(Comparator.comparing(ProvinceReading::schoolId).thenComparing(ProvinceReading::periodStart)
        .thenComparing(ProvinceReading::carrier).thenComparing(ProvinceReading::unit)
        .thenComparing(ProvinceReading::value));
    SingleJvmRollUp jvm = new SingleJvmRollUp(SHANGHAI, FIRST, 48, 2023, province.schools());
    singleBatch = jvm.sums(rows).result();
    single = jvm.run(rows);
    assertEquals(province.badReadings().size(), jvm.failures().size(), "the single JVM refuses the bad rows too");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void bySchoolEqualsTheSingleJvmToTheLastDigit() {
    RollUpRun run = EnergyRollUpJob.of(SHANGHAI, FIRST, 48, 2023).withPartitions(4).run(readings, schools);
    assertEquals(province.goodRowCount(), run.readingsSummed());
    BatchResult b = run.batch();
    assertArrayEquals(singleBatch.kgce(), b.kgce());
    assertArrayEquals(singleBatch.scope1Tonnes(), b.scope1Tonnes());
    assertArrayEquals(singleBatch.scope2LocationTonnes(), b.scope2LocationTonnes());
    assertArrayEquals(singleBatch.scope2MarketTonnes(), b.scope2MarketTonnes());
    assertEquals(single.schools().size(), run.report().schools().size());
    for (int s = 0; s < single.schools().size(); s++) {
      assertSameLine(single.schools().get(s), run.report().schools().get(s));
    }
    assertEquals(single.jurisdictions().size(), run.report().jurisdictions().size());
    for (int j = 0; j < single.jurisdictions().size(); j++) {
      assertSameLine(single.jurisdictions().get(j), run.report().jurisdictions().get(j));
    }
    assertEquals(16, run.report().level(JurisdictionLevel.COUNTY).size());
    assertEquals(1, run.report().level(JurisdictionLevel.PROVINCE).size());
    assertEquals(single.rules(), run.report().rules());
    // The Spark tables carry the report's figures.
    List<Row> lines = run.schools().collectAsList();
    for (int s = 0; s < lines.size(); s++) {
      RollUpLine l = single.schools().get(s);
      assertEquals(l.subject().id(), lines.get(s).getString(1));
      assertEquals(l.kgce(), lines.get(s).getDouble(4));
      assertEquals(l.status().map(Enum::name).orElse(null), lines.get(s).getString(13));
    }
  }

  @Test
  void asReadIsWithinTheDoublePathBound() {
    RollUpRun run = EnergyRollUpJob.of(SHANGHAI, FIRST, 48, 2023).withOrder(EnergyRollUpJob.SummationOrder.AS_READ)
        .run(readings, schools);
    double[] expected = singleBatch.kgce();
    double[] actual = run.batch().kgce();
    // Monthly data: a school-month holds at most 6 rows (three carriers, each split once by a meter
    // replacement), so two orders of its sum differ by at most 2 × (6 − 1) × 2⁻⁵³ of it.
    double bound = 2 * (6 - 1) * 0x1p-53;
    for (int g = 0; g < expected.length; g++) {
      assertTrue(Math.abs(expected[g] - actual[g]) <= bound * expected[g], "group " + g);
    }
    for (int s = 0; s < single.schools().size(); s++) {
      RollUpLine a = single.schools().get(s);
      RollUpLine b = run.report().schools().get(s);
      assertEquals(a.kgce(), b.kgce(), 1e-12 * a.kgce());
      assertEquals(a.status(), b.status());
    }
  }

  @Test
  void failuresTableListsEveryInjectedRow() {
    RollUpRun run = EnergyRollUpJob.of(SHANGHAI, FIRST, 48, 2023).run(readings, schools);
    Set<List<Object>> expected = new HashSet<>();
    for (BadReading b : province.badReadings()) {
      ProvinceReading r = b.reading();
      expected.add(List.of("readings", r.schoolId(), r.carrier(), r.value(), r.unit(), b.errorCode(), b.field()));
    }
    Set<List<Object>> actual = new HashSet<>();
    for (Row f : run.failures().collectAsList()) {
      actual.add(List.of(f.getString(0), f.getString(1), f.getString(2), f.getDouble(4), f.getString(5), f.getString(6),
          f.getString(7)));
    }
    assertEquals(8, expected.size());
    assertEquals(expected, actual);
    assertEquals(province.goodRowCount(), run.readingsSummed());
  }

  private static void assertSameLine(RollUpLine expected, RollUpLine actual) {
    String id = expected.subject().id();
    assertEquals(expected.subject(), actual.subject());
    assertEquals(expected.kgce(), actual.kgce(), id);
    assertEquals(expected.locationTonnes(), actual.locationTonnes(), id);
    assertEquals(expected.marketTonnes(), actual.marketTonnes(), id);
    assertEquals(expected.area(), actual.area(), id);
    assertEquals(expected.population(), actual.population(), id);
    assertEquals(expected.gapMonths(), actual.gapMonths(), id);
    assertEquals(expected.status(), actual.status(), id);
    assertEquals(expected.energyPerArea(), actual.energyPerArea(), id);
    assertEquals(expected.refusal(), actual.refusal(), id);
  }
}
