package org.anxiao.spark.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.RollUpReport;
import org.anxiao.energy.testkit.province.Granularity;
import org.anxiao.energy.testkit.province.ProvinceReading;
import org.anxiao.energy.testkit.province.SyntheticProvince;
import org.anxiao.spark.EnergyRollUpJob;
import org.anxiao.spark.RollUpRun;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P6 — the province roll-up on Spark (issue "scale"): readings per second through
 * {@link EnergyRollUpJob} in Spark local mode ({@code local[2]}, reading Parquet) against the
 * single-JVM path on one thread over the same rows held in memory ({@link SingleJvmRollUp}: the
 * energy batch API's {@code BatchReadings}, one accumulator and {@code BatchRollUp}), and how the
 * job's time grows from 1× to 8× the data.
 *
 * <p>Data: {@link SyntheticProvince} with seed {@value ProvinceRollUpDemo#SEED}, {@value #SCHOOLS_1X}
 * × {@code scale} schools, 15-minute electricity and monthly gas and diesel, 2020–2023, default gaps
 * and replacements; {@code scale} 1, 2, 4, 8. Each fork prints its row count; a score is the time of
 * one whole run (single shot), so readings/s = rows ÷ score. The Spark and the single-JVM sides run
 * in forks of their own, each holding only its own data: the Spark fork the Parquet files, the
 * single-JVM fork the rows in memory, summed in the order the generator gives them (the order
 * changes the last bits, not the work).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
// Spark needs the add-opens of anxiao.spark.opens in the forked JVM too: JMH passes on the parent's
// JVM arguments (exec:exec@p6 starts it with them).
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SparkRollUpBenchmark {
  /** Schools at scale 1 (the smallest province the generator makes: one school per district). */
  static final int SCHOOLS_1X = 16;
  static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31));

  /** The province of one scale. */
  static SyntheticProvince province(int scale) {
    return SyntheticProvince.builder(ProvinceRollUpDemo.SEED).schools(SCHOOLS_1X * scale)
        .granularity(Granularity.FIFTEEN_MINUTES).build();
  }

  /** The province as Parquet, and a local[2] session over it. */
  @State(Scope.Benchmark)
  // The fields are set by setUp, which JMH runs before any benchmark method.
  @SuppressWarnings("NullAway.Init")
  public static class SparkData {
    /** The data's multiple of the 1× province. */
    @Param({"1", "2", "4", "8"})
    public int scale;

    SparkSession spark;
    Path dir;
    EnergyRollUpJob job;

    /**
     * Writes the province as Parquet.
     *
     * @throws IOException when the folder cannot be made
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      spark = LocalSpark.start("local[2]", 4);
      SyntheticProvince province = province(scale);
      dir = Files.createTempDirectory("anxiao-p6-");
      ProvinceTables.writeParquet(spark, province, dir, 4);
      job = EnergyRollUpJob.of(SHANGHAI, YearMonth.of(2020, 1), 48, 2023).withPartitions(4);
      System.out.println("P6 scale " + scale + ": " + province.schoolCount() + " schools, "
          + province.goodRowCount() + " readings (Parquet)");
    }

    /**
     * Stops Spark and deletes the Parquet files.
     *
     * @throws IOException when a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      spark.stop();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** The province's rows in memory, and the factors resolved once. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class Rows {
    /** The data's multiple of the 1× province. */
    @Param({"1", "2", "4", "8"})
    public int scale;

    List<ProvinceReading> rows;
    SingleJvmRollUp single;

    /** Generates the rows. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticProvince province = province(scale);
      rows = new ArrayList<>();
      for (int s = 0; s < province.schoolCount(); s++) {
        for (Iterator<ProvinceReading> it = province.readings(s); it.hasNext(); ) {
          rows.add(it.next());
        }
      }
      single = new SingleJvmRollUp(SHANGHAI, YearMonth.of(2020, 1), 48, 2023, province.schools());
      System.out.println("P6 scale " + scale + ": " + province.schoolCount() + " schools, " + rows.size()
          + " readings (in memory)");
    }
  }

  /**
   * {@return the roll-up through Spark local[2], reading the Parquet tables}
   *
   * @param d the Parquet tables and the session
   */
  @Benchmark
  public RollUpRun sparkLocal(SparkData d) {
    return d.job.run(ProvinceTables.readReadings(d.spark, d.dir), ProvinceTables.readSchools(d.spark, d.dir));
  }

  /**
   * {@return the roll-up through Spark local[2] with no shuffle (SummationOrder.AS_READ)}
   *
   * @param d the Parquet tables and the session
   */
  @Benchmark
  public RollUpRun sparkLocalAsRead(SparkData d) {
    return d.job.withOrder(EnergyRollUpJob.SummationOrder.AS_READ)
        .run(ProvinceTables.readReadings(d.spark, d.dir), ProvinceTables.readSchools(d.spark, d.dir));
  }

  /**
   * {@return the roll-up on one thread over the rows in memory}
   *
   * @param r the rows
   */
  @Benchmark
  public RollUpReport batchApiOneThread(Rows r) {
    return r.single.run(r.rows);
  }
}
