/**
 * The synthetic province as Parquet tables, the province roll-up demo in Spark local mode, and
 * benchmark P6 (Spark local mode against the energy batch API in one thread).
 */
@NullMarked
package org.anxiao.spark.examples;

import org.jspecify.annotations.NullMarked;
