package org.anxiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.RollUpLine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on small hand-made tables in Spark local mode: each kind of bad row in the failures table
 * with its code, field and value, bad school rows, tables the job cannot read, and the library on
 * Spark's own Jackson.
 */
class EnergyRollUpJobTest {
  static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2022, 12, 31));
  static final StructType READINGS = new StructType()
      .add("school_id", DataTypes.StringType).add("carrier", DataTypes.StringType)
      .add("period_start", DataTypes.TimestampNTZType).add("value", DataTypes.DoubleType)
      .add("unit", DataTypes.StringType);
  static final StructType SCHOOLS = new StructType()
      .add("id", DataTypes.StringType).add("jurisdiction", DataTypes.StringType)
      .add("area", DataTypes.DoubleType).add("population", DataTypes.IntegerType);

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("anxiao-spark-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void runsOnSparksOwnJackson() {
    // The build pins this module to the Jackson Spark ships, not the library's: the Scala module
    // Spark registers refuses a databind of another minor, and the job still runs.
    assertEquals(2, PackageVersion.VERSION.getMajorVersion());
    assertEquals(18, PackageVersion.VERSION.getMinorVersion());
    assertEquals(18, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion());
  }

  @Test
  void everyBadRowIsAFailureAndTheRestIsSummed() {
    List<Row> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      rows.add(reading("A", "ELECTRICITY", 2020, m, 1000, "kWh"));
      rows.add(reading("A", "ELECTRICITY", 2022, m, 900, "kWh"));
      rows.add(reading("B", "NATURAL_GAS", 2020, m, 100, "m3"));
      rows.add(reading("B", "NATURAL_GAS", 2022, m, 0.1, "m3"));
    }
    rows.add(reading("Z", "ELECTRICITY", 2022, 1, 5, "kWh"));
    rows.add(reading("A", "COAL_GAS", 2022, 1, 5, "kWh"));
    rows.add(reading("A", "ELECTRICITY", 2019, 12, 5, "kWh"));
    rows.add(reading("A", "ELECTRICITY", 2022, 1, 5, "furlong"));
    rows.add(reading("A", "ELECTRICITY", 2022, 1, 5, "m3"));
    rows.add(reading("A", "ELECTRICITY", 2022, 1, -5, "kWh"));
    rows.add(reading("A", "ELECTRICITY", 2022, 1, Double.NaN, "kWh"));
    rows.add(RowFactory.create("A", "ELECTRICITY", LocalDateTime.of(2022, 1, 1, 0, 0), null, "kWh"));
    Dataset<Row> readings = spark.createDataFrame(rows, READINGS);
    Dataset<Row> schools = spark.createDataFrame(List.of(
        RowFactory.create("A", "310104", 10_000.0, 1_000),
        RowFactory.create("B", "310112", 5_000.0, 500),
        RowFactory.create("B", "310112", 5_000.0, 500),
        RowFactory.create("C", "310999", 5_000.0, 500),
        RowFactory.create("D", "310104", 0.0, 500),
        RowFactory.create("E", "310104", 5_000.0, 0)), SCHOOLS);

    RollUpRun run = EnergyRollUpJob.of(SHANGHAI, YearMonth.of(2020, 1), 36, 2022).withPartitions(3).run(readings, schools);

    assertEquals(48, run.readingsSummed());
    Set<List<Object>> failures = new HashSet<>();
    for (Row f : run.failures().collectAsList()) {
      failures.add(List.of(f.getString(0), String.valueOf(f.getString(1)), f.getString(6), String.valueOf(f.getString(7)),
          String.valueOf(f.getString(8))));
    }
    assertEquals(Set.of(
        List.of("readings", "Z", "UNKNOWN_CODE", "school_id", "Z"),
        List.of("readings", "A", "UNKNOWN_CODE", "carrier", "COAL_GAS"),
        List.of("readings", "A", "INVALID_VALUE", "period_start", "2019-12-01T00:00"),
        List.of("readings", "A", "UNKNOWN_CODE", "unit", "furlong"),
        List.of("readings", "A", "UNIT_MISMATCH", "unit", "m3"),
        List.of("readings", "A", "INVALID_VALUE", "value", "-5.0"),
        List.of("readings", "A", "INVALID_VALUE", "value", "NaN"),
        List.of("schools", "B", "INVALID_VALUE", "id", "B"),
        List.of("schools", "C", "UNKNOWN_CODE", "jurisdiction", "310999"),
        List.of("schools", "D", "INVALID_VALUE", "area", "0.0"),
        List.of("schools", "E", "INVALID_VALUE", "population", "0.0")), failures);
    // Eight readings (the null value and NaN are one entry of the set) and four schools.
    assertEquals(12, run.failureCount());

    // School A: 12 × 900 kWh in 2022; B: 12 × 0.1 m³. Province = A + B, total over total.
    RollUpLine a = run.report().schools().get(0);
    RollUpLine b = run.report().schools().get(1);
    RollUpLine province = run.report().level(JurisdictionLevel.PROVINCE).get(0);
    assertEquals("A", a.subject().id());
    assertEquals(a.kgce() + b.kgce(), province.kgce(), 1e-9);
    assertEquals((a.kgce() + b.kgce()) / 15_000, province.kgcePerSquareMetre(), 1e-12);
    // Shanghai is a municipality (直辖市): its districts lie directly under 310000, with no prefecture level.
    assertEquals(2, run.report().level(JurisdictionLevel.COUNTY).size());
    assertEquals(0, run.report().level(JurisdictionLevel.PREFECTURE).size());
    assertTrue(a.status().isPresent(), "school A has a 2020 baseline");
  }

  @Test
  void rollsUpSchoolDistrictCityProvince() {
    // 丽水市 (331100) under 浙江省 (330000): two schools in 莲都区 (331102), one in 龙泉市 (331181).
    List<Row> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      for (String school : List.of("L1", "L2", "L3")) {
        rows.add(reading(school, "ELECTRICITY", 2020, m, 1000, "kWh"));
        rows.add(reading(school, "ELECTRICITY", 2022, m, "L3".equals(school) ? 2 : 1, "MWh"));
      }
    }
    Dataset<Row> schools = spark.createDataFrame(List.of(
        RowFactory.create("L1", "331102", 1_000.0, 100),
        RowFactory.create("L2", "331102", 3_000.0, 300),
        RowFactory.create("L3", "331181", 4_000.0, 400)), SCHOOLS);
    RuleContext zhejiang = RuleContext.standard(JurisdictionCode.of("330000"), LocalDate.of(2022, 12, 31));
    RollUpRun run = EnergyRollUpJob.of(zhejiang, YearMonth.of(2020, 1), 36, 2022)
        .run(spark.createDataFrame(rows, READINGS), schools);

    List<String> lines = run.report().jurisdictions().stream()
        .map(l -> l.level().orElseThrow() + " " + l.subject().id() + " " + l.schools()).toList();
    assertEquals(List.of("PROVINCE 330000 3", "PREFECTURE 331100 3", "COUNTY 331102 2", "COUNTY 331181 1"), lines);
    // 2022: L1, L2 12 MWh each, L3 24 MWh; the city's intensity is its total over its total area, 48 MWh / 8 000 m².
    RollUpLine city = run.report().jurisdictions().get(1);
    RollUpLine l1 = run.report().schools().get(0);
    assertEquals(4 * l1.kgce(), city.kgce(), 1e-9 * city.kgce());
    assertEquals(city.kgce() / 8_000, city.kgcePerSquareMetre(), 1e-12);
    assertEquals(run.report().jurisdictions().get(0).kgce(), city.kgce());
  }

  @Test
  void aTableItCannotReadIsRefusedWithTheColumn() {
    Dataset<Row> schools = spark.createDataFrame(List.of(RowFactory.create("A", "310104", 1.0, 1)), SCHOOLS);
    Dataset<Row> noUnit = spark.createDataFrame(List.of(RowFactory.create("A", "ELECTRICITY",
        LocalDateTime.of(2022, 1, 1, 0, 0), 1.0)), new StructType().add("school_id", DataTypes.StringType)
        .add("carrier", DataTypes.StringType).add("period_start", DataTypes.TimestampNTZType)
        .add("value", DataTypes.DoubleType));
    EnergyRollUpJob job = EnergyRollUpJob.of(SHANGHAI, YearMonth.of(2020, 1), 36, 2022);
    AnxiaoException missing = assertThrows(AnxiaoException.class, () -> job.run(noUnit, schools));
    assertEquals("MISSING_VALUE", missing.errorCode());
    Dataset<Row> zoned = spark.createDataFrame(List.of(RowFactory.create("A", "ELECTRICITY",
        java.sql.Timestamp.valueOf("2022-01-01 00:00:00"), 1.0, "kWh")), new StructType()
        .add("school_id", DataTypes.StringType).add("carrier", DataTypes.StringType)
        .add("period_start", DataTypes.TimestampType).add("value", DataTypes.DoubleType).add("unit", DataTypes.StringType));
    AnxiaoException zone = assertThrows(AnxiaoException.class, () -> job.run(zoned, schools));
    assertEquals("INVALID_VALUE", zone.errorCode());
    assertEquals("readings.period_start", zone.field().orElseThrow());
  }

  private static Row reading(String school, String carrier, int year, int month, double value, String unit) {
    return RowFactory.create(school, carrier, LocalDateTime.of(year, month, 1, 0, 0), value, unit);
  }
}
