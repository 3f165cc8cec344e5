/**
 * Batch values (批量计算): partial results over many inputs
 * ({@link org.anxiao.core.batch.ValuesWithFailures} with one {@link org.anxiao.core.batch.Failure}
 * per failed input), columns of quantities in one unit — {@link
 * org.anxiao.core.batch.DoubleQuantityArray} on primitive doubles for speed, {@link
 * org.anxiao.core.batch.DecimalQuantityArray} on exact decimals — and the date-keyed series
 * {@link org.anxiao.core.batch.DoubleDateSeries}.
 *
 * <p>Convert quantities to a canonical unit once, at the boundary, and compute on these columns;
 * the typed API and the batch API call the same functions. Every type here is immutable and
 * thread-safe, validates its input with the library's exceptions, and has a JSON wire form
 * (decimals as strings) described in {@code docs/wire-format.md}.
 */
@NullMarked
package org.anxiao.core.batch;

import org.jspecify.annotations.NullMarked;
