package org.anxiao.spark.examples;

import com.google.common.collect.Iterators;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.energy.batch.BatchReadings;
import org.anxiao.energy.testkit.province.BadReading;
import org.anxiao.energy.testkit.province.Granularity;
import org.anxiao.energy.testkit.province.ProvinceReading;
import org.anxiao.energy.testkit.province.ProvinceSchool;
import org.anxiao.energy.testkit.province.SyntheticProvince;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link SyntheticProvince} as the two tables a data lake holds (合成省份数据表): readings and
 * schools, in the columns {@link org.anxiao.spark.EnergyRollUpJob} reads, written as Parquet. Each
 * school's rows are generated on the executors from the province's seed, so a large province never
 * passes through the driver.
 */
public final class ProvinceTables {
  /** Readings: school_id, carrier, period_start (TIMESTAMP_NTZ), value, unit, meter_id. */
  public static final StructType READINGS = new StructType()
      .add(BatchReadings.SCHOOL_ID, DataTypes.StringType, true)
      .add(BatchReadings.CARRIER, DataTypes.StringType, true)
      .add(BatchReadings.PERIOD_START, DataTypes.TimestampNTZType, true)
      .add(BatchReadings.VALUE, DataTypes.DoubleType, true)
      .add(BatchReadings.UNIT, DataTypes.StringType, true)
      .add("meter_id", DataTypes.StringType, true);
  /** Schools: id, jurisdiction, area (m²), population (students and staff). */
  public static final StructType SCHOOLS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("jurisdiction", DataTypes.StringType, false)
      .add("area", DataTypes.DoubleType, false)
      .add("population", DataTypes.IntegerType, false);

  private ProvinceTables() {}

  /**
   * {@return the readings table of {@code province}: every school's good rows, then the injected bad rows}
   *
   * @param spark      the session
   * @param province   the province
   * @param partitions partitions of the school index range
   */
  public static Dataset<Row> readings(SparkSession spark, SyntheticProvince province, int partitions) {
    List<Integer> schools = new ArrayList<>(province.schoolCount());
    for (int i = 0; i < province.schoolCount(); i++) {
      schools.add(i);
    }
    Settings settings = Settings.of(province);
    JavaRDD<Row> good = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(schools, partitions)
        .mapPartitions(indices -> {
          SyntheticProvince rebuilt = settings.build();
          // Lazily, one school-month at a time: a partition's rows never sit in memory at once.
          return Iterators.concat(Iterators.transform(indices, i -> Iterators.transform(rebuilt.readings(i),
              ProvinceTables::row)));
        });
    List<Row> bad = new ArrayList<>();
    for (BadReading b : province.badReadings()) {
      bad.add(row(b.reading()));
    }
    return spark.createDataFrame(good, READINGS).union(spark.createDataFrame(bad, READINGS));
  }

  /**
   * {@return the schools table of {@code province}}
   *
   * @param spark    the session
   * @param province the province
   */
  public static Dataset<Row> schools(SparkSession spark, SyntheticProvince province) {
    List<Row> rows = new ArrayList<>(province.schoolCount());
    for (ProvinceSchool s : province.schools()) {
      rows.add(RowFactory.create(s.id(), s.jurisdiction(), s.area(), s.population()));
    }
    return spark.createDataFrame(rows, SCHOOLS);
  }

  /**
   * Writes both tables as Parquet under {@code dir} ({@code readings/}, {@code schools/}), replacing them.
   *
   * @param spark      the session
   * @param province   the province
   * @param dir        the folder
   * @param partitions partitions (files) of the readings
   */
  public static void writeParquet(SparkSession spark, SyntheticProvince province, Path dir, int partitions) {
    readings(spark, province, partitions).write().mode(SaveMode.Overwrite).parquet(dir.resolve("readings").toString());
    schools(spark, province).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.resolve("schools").toString());
  }

  /**
   * {@return the readings table read back from {@code dir}}
   *
   * @param spark the session
   * @param dir   the folder {@link #writeParquet} wrote
   */
  public static Dataset<Row> readReadings(SparkSession spark, Path dir) {
    return spark.read().parquet(dir.resolve("readings").toString());
  }

  /**
   * {@return the schools table read back from {@code dir}}
   *
   * @param spark the session
   * @param dir   the folder {@link #writeParquet} wrote
   */
  public static Dataset<Row> readSchools(SparkSession spark, Path dir) {
    return spark.read().parquet(dir.resolve("schools").toString());
  }

  /** What rebuilds the province on an executor: its seed and settings (the generator is deterministic). */
  private record Settings(long seed, int schools, int firstYear, int years, Granularity granularity, double gapRate,
      double replacementRate) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Settings of(SyntheticProvince p) {
      return new Settings(p.seed(), p.schoolCount(), p.firstYear(), p.years(), p.granularity(), p.gapRate(),
          p.replacementRate());
    }

    SyntheticProvince build() {
      return SyntheticProvince.builder(seed).schools(schools).years(firstYear, years).granularity(granularity)
          .gapRate(gapRate).replacementRate(replacementRate).build();
    }
  }

  private static Row row(ProvinceReading r) {
    return RowFactory.create(r.schoolId(), r.carrier(), r.periodStart(), r.value(), r.unit(), r.meterId());
  }
}
