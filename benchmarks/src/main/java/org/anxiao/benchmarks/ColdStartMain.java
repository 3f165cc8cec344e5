package org.anxiao.benchmarks;

import java.util.Locale;

/**
 * Whole-process companion of {@link ColdStartBenchmark}: run it in a fresh JVM under an external
 * timer (e.g. {@code hyperfine}) to see the wall time including JVM start. Prints the in-process
 * time of the workload and its result.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    double crowded = args.length > 0 && args[0].equals("baseline") ? ColdStart.baseline() : ColdStart.run();
    long t1 = System.nanoTime();
    System.out.println(String.format(Locale.ROOT, "workload %.1f ms, result %.1f", (t1 - t0) / 1e6, crowded));
  }
}
