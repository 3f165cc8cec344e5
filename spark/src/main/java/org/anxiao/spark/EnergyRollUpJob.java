package org.anxiao.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.BatchAccumulator;
import org.anxiao.energy.batch.BatchReadings;
import org.anxiao.energy.batch.BatchResult;
import org.anxiao.energy.batch.BatchRollUp;
import org.anxiao.energy.batch.RollUpReport;
import org.anxiao.energy.batch.RollUpSchool;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The energy and carbon roll-up of a city or province on Apache Spark (省市能耗与碳排放汇总作业).
 *
 * <p><b>Input.</b> A readings table with the columns {@value BatchReadings#SCHOOL_ID} (string),
 * {@value BatchReadings#CARRIER} (string, a {@code Carrier} name), {@value BatchReadings#PERIOD_START}
 * ({@code DATE} or {@code TIMESTAMP_NTZ}: a wall-clock time, so no session time zone can move a reading
 * into another month), {@value BatchReadings#VALUE} (any numeric type) and {@value BatchReadings#UNIT}
 * (string, a unit code); other columns are ignored. A schools table with {@code id} (string),
 * {@code jurisdiction} (string, the school's county-level code), {@code area} (numeric, m²) and
 * {@code population} (numeric, students and staff).
 *
 * <p><b>How it runs.</b> On the driver, the schools table is collected (a province holds thousands
 * of schools, not millions), each school's factors are resolved once in its own district through the
 * energy module's typed calculators under the context's terms ({@link BatchReadings#resolve}), and
 * the resulting {@link BatchReadings} — primitive arrays and the rule values, {@link Serializable} —
 * is broadcast once. Each partition reads its rows into primitive columns and sums them through one
 * {@link BatchAccumulator}; the driver merges the partitions' accumulators in partition order and
 * rolls the year up with {@link BatchRollUp}, the same code a single JVM runs. No rule is bound per
 * row or per partition.
 *
 * <p><b>Results equal the single-JVM API.</b> With {@link SummationOrder#BY_SCHOOL} (the default)
 * each school's rows are summed in one partition in the order of {@link BatchReadings} (period start,
 * carrier, unit, value), so every figure equals, to the last digit, {@link BatchReadings} and
 * {@link BatchRollUp} run on one JVM over the rows in that order. With {@link SummationOrder#AS_READ}
 * the shuffle is skipped and each figure is within the double path's bound of that result: each
 * order of a sum of n non-negative terms lies within (n − 1)·2⁻⁵³ of the exact sum, so two orders
 * differ by at most 2(n − 1)·2⁻⁵³ of it (n the rows of one school and month).
 *
 * <p><b>Failures.</b> A bad row (unknown school or carrier, a period outside the months, an unknown
 * unit or one of another kind, a negative or non-finite value; a school row with an unknown
 * jurisdiction, a non-positive area or population, or an id given twice) is never summed and never
 * dropped: it is a row of {@link RollUpRun#failures()} with its error code, field and value, and the
 * job goes on. Failures are collected on the driver.
 *
 * <p>The job holds no Spark state and is immutable; {@link #run} may be called again. Only the
 * broadcast reader and the partitions' sums cross the wire.
 */
public final class EnergyRollUpJob {
  /** Rows per chunk of primitive columns inside a partition. */
  private static final int CHUNK = 8192;

  /** How each school's rows are ordered before they are summed. */
  public enum SummationOrder {
    /**
     * Shuffle the readings by school and sort each school's rows (period start, carrier, unit, value):
     * every figure equals the single-JVM result over rows in that order, to the last digit.
     */
    BY_SCHOOL,
    /** Sum the rows in the order the partitions hold them, with no shuffle: within the double path's bound. */
    AS_READ
  }

  private final RuleContext context;
  private final JurisdictionDirectory directory;
  private final YearMonth firstMonth;
  private final int months;
  private final int year;
  private final ElectricityBasis basis;
  private final FactorSet locationSet;
  private final SummationOrder order;
  private final int partitions;

  private EnergyRollUpJob(RuleContext context, JurisdictionDirectory directory, YearMonth firstMonth, int months,
      int year, ElectricityBasis basis, FactorSet locationSet, SummationOrder order, int partitions) {
    this.context = context;
    this.directory = directory;
    this.firstMonth = firstMonth;
    this.months = months;
    this.year = year;
    this.basis = basis;
    this.locationSet = locationSet;
    this.order = order;
    this.partitions = partitions;
  }

  /**
   * {@return a job over {@code months} months from {@code firstMonth}, rolling up {@code year}} —
   * calorific (当量值) electricity, the location-based factor of the context's province in the
   * MEE grid-factor set, {@link SummationOrder#BY_SCHOOL}, the standard jurisdiction directory.
   *
   * @param context    the province (or city) and a date in {@code year}: the dual-control targets in
   *                   force there, and the registry and policy every school's factors are resolved
   *                   under (each school's own jurisdiction, the same date)
   * @param firstMonth the first month of the readings; the targets' baseline year and {@code year} must
   *                   lie in the months
   * @param months     the number of months, 1 to 10 000
   * @param year       the year rolled up
   */
  public static EnergyRollUpJob of(RuleContext context, YearMonth firstMonth, int months, int year) {
    Require.nonNull("context", context);
    Require.nonNull("firstMonth", firstMonth);
    Require.that(months > 0 && months <= 10_000, "months", months, "must be between 1 and 10000");
    FactorSet mee = FactorSet.mee(GridRegion.provinceOf(context.jurisdiction()));
    return new EnergyRollUpJob(context, JurisdictionDirectory.standard(), firstMonth, months, year,
        ElectricityBasis.CALORIFIC, mee, SummationOrder.BY_SCHOOL, 0);
  }

  /**
   * {@return this job on another electricity basis}
   *
   * @param basis the electricity basis of every kgce
   */
  public EnergyRollUpJob withBasis(ElectricityBasis basis) {
    return new EnergyRollUpJob(context, directory, firstMonth, months, year, Require.nonNull("basis", basis),
        locationSet, order, partitions);
  }

  /**
   * {@return this job with another location-based factor set}
   *
   * @param locationSet the grid-factor set and region of every school's location-based figure
   */
  public EnergyRollUpJob withLocationSet(FactorSet locationSet) {
    return new EnergyRollUpJob(context, directory, firstMonth, months, year, basis,
        Require.nonNull("locationSet", locationSet), order, partitions);
  }

  /**
   * {@return this job with another summation order}
   *
   * @param order how each school's rows are ordered before they are summed
   */
  public EnergyRollUpJob withOrder(SummationOrder order) {
    return new EnergyRollUpJob(context, directory, firstMonth, months, year, basis, locationSet,
        Require.nonNull("order", order), partitions);
  }

  /**
   * {@return this job shuffling into {@code partitions} partitions for {@link SummationOrder#BY_SCHOOL}}
   * (0, the default, takes {@code spark.sql.shuffle.partitions})
   *
   * @param partitions the number of partitions, zero or more
   */
  public EnergyRollUpJob withPartitions(int partitions) {
    Require.that(partitions >= 0, "partitions", partitions, "must be zero or more");
    return new EnergyRollUpJob(context, directory, firstMonth, months, year, basis, locationSet, order, partitions);
  }

  /**
   * {@return this job with another jurisdiction directory}
   *
   * @param directory the jurisdictions the schools' districts roll up through
   */
  public EnergyRollUpJob withDirectory(JurisdictionDirectory directory) {
    return new EnergyRollUpJob(context, Require.nonNull("directory", directory), firstMonth, months, year, basis,
        locationSet, order, partitions);
  }

  /**
   * Runs the job.
   *
   * @param readings the readings table
   * @param schools  the schools table
   * @return the roll-up, its tables and the failures
   * @throws MissingValueException when a table lacks a column, or no school row is valid
   * @throws InvalidValueException when a column has a type the job cannot read
   * @throws org.anxiao.core.error.RulePackException when a pack is missing or the policy refuses a value
   */
  public RollUpRun run(Dataset<Row> readings, Dataset<Row> schools) {
    Require.nonNull("readings", readings);
    Require.nonNull("schools", schools);
    SparkSession spark = readings.sparkSession();
    checkReadings(readings.schema());
    checkSchools(schools.schema());

    List<FailureRow> failures = new ArrayList<>();
    List<RollUpSchool> rollUpSchools = schools(schools, failures);
    BatchReadings reader = BatchReadings.resolve(context, basis, locationSet, rollUpSchools, firstMonth, months);
    BatchRollUp rollUp = BatchRollUp.in(context, directory);

    Broadcast<BatchReadings> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(reader);
    Dataset<Row> columns = readings.select(col(BatchReadings.SCHOOL_ID), col(BatchReadings.CARRIER),
        col(BatchReadings.PERIOD_START), col(BatchReadings.VALUE).cast(DataTypes.DoubleType), col(BatchReadings.UNIT));
    if (order == SummationOrder.BY_SCHOOL) {
      columns = (partitions > 0 ? columns.repartition(partitions, col(BatchReadings.SCHOOL_ID))
          : columns.repartition(col(BatchReadings.SCHOOL_ID)))
          .sortWithinPartitions(col(BatchReadings.SCHOOL_ID), col(BatchReadings.PERIOD_START), col(BatchReadings.CARRIER),
              col(BatchReadings.UNIT), col(BatchReadings.VALUE));
    }
    List<PartitionSums> parts = columns.javaRDD().mapPartitions(rows -> sum(shipped.value(), rows)).collect();

    BatchAccumulator total = reader.accumulator();
    for (PartitionSums p : parts) {
      total.merge(p.sums());
      failures.addAll(p.failures());
    }
    shipped.unpersist();
    BatchResult result = total.result();
    RollUpReport report = rollUp.run(result, firstMonth, rollUpSchools, year);
    return new RollUpRun(spark, report, result, failures);
  }

  /** One partition: its rows through primitive columns into one accumulator, and its failures. */
  private static Iterator<PartitionSums> sum(BatchReadings reader, Iterator<Row> rows) {
    BatchReadings.Summing sums = reader.summing(CHUNK);
    List<FailureRow> failures = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      String school = row.isNullAt(0) ? null : row.getString(0);
      String carrier = row.isNullAt(1) ? null : row.getString(1);
      Object start = row.isNullAt(2) ? null : row.get(2);
      Double value = row.isNullAt(3) ? null : row.getDouble(3);
      String unit = row.isNullAt(4) ? null : row.getString(4);
      AnxiaoException error = sums.add(school, carrier, start(start), value == null ? Double.NaN : value, unit);
      if (error != null) {
        failures.add(FailureRow.reading(school, carrier, start, value, unit, error));
      }
    }
    return List.of(new PartitionSums(sums.finish(), failures)).iterator();
  }

  private static @Nullable LocalDateTime start(@Nullable Object value) {
    if (value instanceof LocalDateTime t) {
      return t;
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    if (value instanceof Date d) {
      return d.toLocalDate().atStartOfDay();
    }
    return null;
  }

  /** The valid school rows, sorted by id; every invalid row becomes a failure. */
  private List<RollUpSchool> schools(Dataset<Row> schools, List<FailureRow> failures) {
    List<Row> rows = schools.select(col("id"), col("jurisdiction"), col("area").cast(DataTypes.DoubleType),
        col("population").cast(DataTypes.DoubleType)).collectAsList();
    List<RollUpSchool> valid = new ArrayList<>(rows.size());
    Set<String> seen = new HashSet<>();
    for (Row row : rows) {
      String id = row.isNullAt(0) ? null : row.getString(0);
      try {
        if (id == null || !seen.add(id)) {
          throw new InvalidValueException("id", id, id == null ? "must be given" : "is given twice");
        }
        String code = row.isNullAt(1) ? null : row.getString(1);
        JurisdictionCode district = code == null ? null : directory.find(JurisdictionCode.of(code))
            .filter(j -> j.level() == JurisdictionLevel.COUNTY).map(j -> j.code()).orElse(null);
        if (district == null) {
          throw new UnknownCodeException("jurisdiction", code, "county-level code of the jurisdiction directory");
        }
        double area = row.isNullAt(2) ? Double.NaN : row.getDouble(2);
        double population = row.isNullAt(3) ? Double.NaN : row.getDouble(3);
        if (!(population >= 1 && population == Math.rint(population) && population < 1e15)) {
          throw new InvalidValueException("population", population, "must be a whole number of persons, at least one");
        }
        valid.add(new RollUpSchool(id, district, area, (long) population));
      } catch (AnxiaoException e) {
        failures.add(FailureRow.school(id, e));
      }
    }
    if (valid.isEmpty()) {
      throw new MissingValueException("no valid school row: nothing to roll up", "schools");
    }
    valid.sort(Comparator.comparing(RollUpSchool::id));
    return valid;
  }

  private static void checkReadings(StructType schema) {
    for (String name : List.of(BatchReadings.SCHOOL_ID, BatchReadings.CARRIER, BatchReadings.UNIT)) {
      require(schema, "readings", name, DataTypes.StringType);
    }
    DataType start = field(schema, "readings", BatchReadings.PERIOD_START).dataType();
    if (!start.equals(DataTypes.DateType) && !start.equals(DataTypes.TimestampNTZType)) {
      throw new InvalidValueException("readings." + BatchReadings.PERIOD_START, start.simpleString(),
          "must be DATE or TIMESTAMP_NTZ (a wall-clock time): cast a TIMESTAMP in the schools' own time zone first");
    }
    numeric(schema, "readings", BatchReadings.VALUE);
  }

  private static void checkSchools(StructType schema) {
    require(schema, "schools", "id", DataTypes.StringType);
    require(schema, "schools", "jurisdiction", DataTypes.StringType);
    numeric(schema, "schools", "area");
    numeric(schema, "schools", "population");
  }

  private static StructField field(StructType schema, String table, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new MissingValueException("the " + table + " table has no column " + name, table + "." + name);
  }

  private static void require(StructType schema, String table, String name, DataType type) {
    DataType actual = field(schema, table, name).dataType();
    if (!actual.equals(type)) {
      throw new InvalidValueException(table + "." + name, actual.simpleString(), "must be " + type.simpleString());
    }
  }

  private static void numeric(StructType schema, String table, String name) {
    DataType actual = field(schema, table, name).dataType();
    if (!(actual instanceof NumericType)) {
      throw new InvalidValueException(table + "." + name, actual.simpleString(), "must be a numeric type");
    }
  }

  /** What one partition sends back. */
  private record PartitionSums(BatchAccumulator sums, List<FailureRow> failures) implements Serializable {}

  @Override
  public String toString() {
    return "EnergyRollUpJob{" + context + ", " + firstMonth + " + " + months + " months, year " + year + ", " + basis
        + ", " + locationSet + ", " + order + "}";
  }
}
