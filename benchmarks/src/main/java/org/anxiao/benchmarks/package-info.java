/** JMH benchmarks for the performance targets of quality.md; figures in benchmarks/README.md. */
package org.anxiao.benchmarks;
