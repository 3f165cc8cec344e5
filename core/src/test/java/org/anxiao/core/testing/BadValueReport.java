package org.anxiao.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and failures of a bad-value run. A failure is keyed by entry point and parameter; its
 * lines say which value and what happened, e.g.
 * {@code org.anxiao.core.scorecard.Deduction.new(BigDecimal points, String reason)  points = 1E+999999999: accepted (outside the bounds)}.
 */
public final class BadValueReport {
  int types;
  int entryPoints;
  int baseAccepted;
  int calls;
  int anxiaoExceptions;
  int accepted;
  int enumValueOf;
  /** Entry point → failure lines, sorted. */
  private final Map<String, List<String>> failures = new TreeMap<>();
  private final List<String> skipped = new ArrayList<>();

  void fail(String entryPoint, String line) {
    failures.computeIfAbsent(entryPoint, k -> new ArrayList<>()).add(printable(line));
  }

  /** {@code line} with control, format and surrogate chars as {@code \}{@code uXXXX}: a report prints as it reads. */
  public static String printable(String line) {
    return org.anxiao.core.internal.Bounds.escape(line, Integer.MAX_VALUE);
  }

  void skip(String what) {
    skipped.add(what);
  }

  int failureCount() {
    return failures.values().stream().mapToInt(List::size).sum();
  }

  Map<String, List<String>> failures() {
    return failures;
  }

  String summary(String module) {
    return String.format(java.util.Locale.ROOT,
        "%s: %d public types, %d entry points (%d accept their sample arguments), %d calls: %d AnxiaoException,"
            + " %d accepted, %d enum valueOf, %d failures at %d entry points",
        module, types, entryPoints, baseAccepted, calls, anxiaoExceptions, accepted, enumValueOf, failureCount(),
        failures.size());
  }

  String details(int maxLines) {
    StringBuilder sb = new StringBuilder();
    int lines = 0;
    for (Map.Entry<String, List<String>> e : failures.entrySet()) {
      if (lines >= maxLines) {
        sb.append("… and more (").append(failureCount() - lines).append(" failure lines not shown)\n");
        break;
      }
      sb.append(e.getKey()).append('\n');
      for (String line : e.getValue()) {
        sb.append("    ").append(line).append('\n');
        lines++;
      }
    }
    if (!skipped.isEmpty()) {
      sb.append("not probed: ").append(String.join("; ", skipped)).append('\n');
    }
    return sb.toString();
  }
}
