/**
 * A city's or province's energy and carbon roll-up on Apache Spark (Spark 上的能耗与碳排放汇总): reads
 * a readings table and a schools table, sums each partition through the energy module's batch API
 * with the rule packs bound once on the driver, and rolls the figures up school → district → city
 * → province with dual-control status. See {@link org.anxiao.spark.EnergyRollUpJob}.
 */
@NullMarked
package org.anxiao.spark;

import org.jspecify.annotations.NullMarked;
