/** JMH benchmarks for the performance targets of quality.md; figures in benchmarks/README.md. */
@NullMarked
package org.anxiao.benchmarks;

import org.jspecify.annotations.NullMarked;
