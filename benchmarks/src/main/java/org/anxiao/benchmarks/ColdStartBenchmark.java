package org.anxiao.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P5 — cold start (quality.md): a fresh JVM reads one school document, binds the rule packs the
 * first calculation needs and makes it; target ≤ 1.5× the baseline below, from one run.
 * {@link Mode#SingleShotTime} with one measured invocation per fork and no
 * warm-up measures exactly the first call in each new JVM (class loading, Jackson and schema
 * set-up, pack reading included; JVM boot excluded — see {@link ColdStartMain} for the whole
 * process).
 *
 * <p>Baseline in the same class: plain Jackson parsing the same school document to a tree in a
 * fresh JVM — the least any JSON-reading library pays on first use.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {
  /** Anxiao: the school document, the packs it needs, the first calculation. */
  @Benchmark
  public double anxiaoFirstCalculation() {
    return ColdStart.run();
  }

  /** Baseline: plain Jackson tree parse of the same document. */
  @Benchmark
  public int baselinePlainJacksonParse() {
    return ColdStart.baseline();
  }
}
