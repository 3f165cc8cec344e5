package org.anxiao.spark;

import java.io.Serializable;
import org.anxiao.core.error.AnxiaoException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * One row of the failures table (失败行表): the table the row came from, its identifying columns as
 * text, the error code, the field (a column name) and the offending value. Serializable, so
 * partitions send their failures to the driver.
 *
 * @param table     {@code readings} or {@code schools}
 * @param schoolId  the row's school id, as given
 * @param carrier   the row's carrier, as given (readings only)
 * @param periodStart the row's period start as ISO text (readings only)
 * @param value     the row's value (readings only)
 * @param unit      the row's unit, as given (readings only)
 * @param errorCode the error's stable code, e.g. {@code UNKNOWN_CODE}
 * @param field     the column at fault
 * @param rejected  the offending value as text
 * @param message   the rule that was broken, in words
 */
record FailureRow(String table, @Nullable String schoolId, @Nullable String carrier, @Nullable String periodStart,
    @Nullable Double value, @Nullable String unit, String errorCode, @Nullable String field, @Nullable String rejected,
    String message) implements Serializable {

  /** The failures table's schema. */
  static final StructType SCHEMA = new StructType()
      .add("table", DataTypes.StringType, false)
      .add("school_id", DataTypes.StringType, true)
      .add("carrier", DataTypes.StringType, true)
      .add("period_start", DataTypes.StringType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("unit", DataTypes.StringType, true)
      .add("error_code", DataTypes.StringType, false)
      .add("field", DataTypes.StringType, true)
      .add("rejected_value", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, false);

  static FailureRow reading(@Nullable String schoolId, @Nullable String carrier, @Nullable Object periodStart,
      @Nullable Double value, @Nullable String unit, AnxiaoException error) {
    return new FailureRow("readings", schoolId, carrier, periodStart == null ? null : periodStart.toString(), value, unit,
        error.errorCode(), error.field().orElse(null), error.value().orElse(null), error.rule());
  }

  static FailureRow school(@Nullable String schoolId, AnxiaoException error) {
    return new FailureRow("schools", schoolId, null, null, null, null, error.errorCode(), error.field().orElse(null),
        error.value().orElse(null), error.rule());
  }

  Row toRow() {
    return RowFactory.create(table, schoolId, carrier, periodStart, value, unit, errorCode, field, rejected, message);
  }
}
