package org.anxiao.spark.examples;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session in local mode for the demo, the benchmark and the tests (本地模式): no web UI,
 * bound to the loopback address, warnings only.
 */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * {@return a new or the current local session}
   *
   * @param master     {@code local[n]} or {@code local[*]}
   * @param partitions {@code spark.sql.shuffle.partitions}
   */
  public static SparkSession start(String master, int partitions) {
    SparkSession spark = SparkSession.builder()
        .appName("anxiao-province")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(partitions))
        .config("spark.sql.session.timeZone", "Asia/Shanghai")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
