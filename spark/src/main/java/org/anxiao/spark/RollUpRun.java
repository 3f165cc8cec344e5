package org.anxiao.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.energy.batch.BatchResult;
import org.anxiao.energy.batch.RollUpLine;
import org.anxiao.energy.batch.RollUpReport;
import org.anxiao.energy.dualcontrol.MetricProgress;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What one run of {@link EnergyRollUpJob} produced (作业结果): the roll-up as the energy module's
 * {@link RollUpReport}, the merged {@link BatchResult}, and the same figures as Spark tables — one row
 * per school, one per district, city and province, and one per failed input row. Immutable; the
 * tables are built on the driver from the report.
 */
public final class RollUpRun {
  /** Schema of the school and jurisdiction tables: one row per subject, figures of the year. */
  public static final StructType LINE_SCHEMA = new StructType()
      .add("subject_kind", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, true)
      .add("schools", DataTypes.IntegerType, false)
      .add("kgce", DataTypes.DoubleType, false)
      .add("tco2_location", DataTypes.DoubleType, false)
      .add("tco2_market", DataTypes.DoubleType, false)
      .add("area_m2", DataTypes.DoubleType, false)
      .add("population", DataTypes.LongType, false)
      .add("kgce_per_m2", DataTypes.DoubleType, false)
      .add("kgce_per_person", DataTypes.DoubleType, false)
      .add("kgco2_per_m2", DataTypes.DoubleType, false)
      .add("gap_months", DataTypes.IntegerType, false)
      .add("dual_control_status", DataTypes.StringType, true)
      .add("budget_kgce", DataTypes.DoubleType, true)
      .add("forecast_kgce", DataTypes.DoubleType, true)
      .add("headroom_kgce", DataTypes.DoubleType, true)
      .add("headroom_share", DataTypes.DoubleType, true)
      .add("refusal_code", DataTypes.StringType, true)
      .add("refusal_message", DataTypes.StringType, true);

  private final SparkSession spark;
  private final RollUpReport report;
  private final BatchResult batch;
  private final List<FailureRow> failures;

  RollUpRun(SparkSession spark, RollUpReport report, BatchResult batch, List<FailureRow> failures) {
    this.spark = spark;
    this.report = report;
    this.batch = batch;
    this.failures = List.copyOf(failures);
  }

  /** {@return the roll-up: every school's and jurisdiction's line, and the rule values used} */
  public RollUpReport report() {
    return report;
  }

  /** {@return the merged monthly figures of every school} */
  public BatchResult batch() {
    return batch;
  }

  /** {@return the readings summed} */
  public long readingsSummed() {
    return batch.rowsAdded();
  }

  /** {@return the number of failed rows, readings and schools} */
  public long failureCount() {
    return failures.size();
  }

  /** {@return one row per school, in id order ({@link #LINE_SCHEMA})} */
  public Dataset<Row> schools() {
    return spark.createDataFrame(rows(report.schools()), LINE_SCHEMA);
  }

  /** {@return one row per district, city and province, widest first ({@link #LINE_SCHEMA})} */
  public Dataset<Row> jurisdictions() {
    return spark.createDataFrame(rows(report.jurisdictions()), LINE_SCHEMA);
  }

  /**
   * {@return one row per failed input row}: {@code table} ({@code readings} or {@code schools}), the
   * row's school id, carrier, period start, value and unit as given, {@code error_code}, {@code field}
   * (the column at fault), {@code rejected_value} and {@code message}
   */
  public Dataset<Row> failures() {
    List<Row> rows = new ArrayList<>(failures.size());
    for (FailureRow f : failures) {
      rows.add(f.toRow());
    }
    return spark.createDataFrame(rows, FailureRow.SCHEMA);
  }

  private static List<Row> rows(List<RollUpLine> lines) {
    List<Row> rows = new ArrayList<>(lines.size());
    for (RollUpLine l : lines) {
      Optional<MetricProgress> energy = l.energyPerArea();
      rows.add(RowFactory.create(l.subject().kind().code(), l.subject().id(),
          l.level().map(Enum::name).orElse(null), l.schools(), l.kgce(), l.locationTonnes(), l.marketTonnes(), l.area(),
          l.population(), l.kgcePerSquareMetre(), l.kgcePerPerson(), l.kgCO2PerSquareMetre(), l.gapMonths(),
          l.status().map(Enum::name).orElse(null), energy.map(MetricProgress::budget).orElse(null),
          energy.map(MetricProgress::forecast).orElse(null), energy.map(MetricProgress::headroom).orElse(null),
          l.headroomShare().orElse(null), l.refusal().map(Failure::errorCode).orElse(null),
          l.refusal().map(Failure::message).orElse(null)));
    }
    return rows;
  }

  @Override
  public String toString() {
    return "RollUpRun{" + report.schools().size() + " schools, " + report.jurisdictions().size() + " jurisdictions, "
        + batch.rowsAdded() + " readings summed, " + failures.size() + " failures}";
  }
}
