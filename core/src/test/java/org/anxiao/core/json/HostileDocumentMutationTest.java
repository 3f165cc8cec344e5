package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.DocumentReadPaths.ReadPath;
import org.anxiao.core.json.JsonMutants.Expect;
import org.anxiao.core.json.JsonMutants.Mutant;
import org.anxiao.core.testing.BadValueReport;
import org.anxiao.core.testing.BoundedCall;
import org.anxiao.core.testing.BoundedCall.Result;
import org.junit.jupiter.api.Test;

/**
 * Proves that every read path refuses hostile documents the documented way: a full valid sample of
 * each of core's document types ({@link WireSamples#cases()}) is mutated systematically
 * ({@link JsonMutants}: deletions, hostile values at every node, duplicate keys, truncations,
 * invalid UTF-8, a million-element array, deep nesting, 300 MB of leading whitespace) and every
 * mutant is fed to every read path of the type ({@link DocumentReadPaths}). Each read must return or
 * throw an {@code AnxiaoException} within {@value #TIMEOUT_SECONDS} s; a mutant that puts a value
 * outside {@code org.anxiao.core.internal.Bounds} or that is malformed must be refused.
 *
 * <p>Cost, kept to tens of seconds: each mutant goes to one read path of its type, in turn (mutant
 * <i>i</i> to path <i>i</i> mod <i>paths</i>), so every mutant is read once and every path reads its
 * share; the values a field may accept (null, wrong types, "") go to every other node, those
 * outside the bounds to every node. {@code -Danxiao.hostile.full=true} makes every mutant and
 * sends each to every path. The streamed
 * mutants are the expensive part, so the million-element array and the 100,000 levels of nesting
 * replace only the document's arrays, and the 300 MB of whitespace go once to each distinct read path (the first
 * document type that has it). After {@value #HANGS_BEFORE_GIVING_UP} hang of one kind of mutant
 * on a path the remaining mutants of that kind are not run there, and that is a failure too.
 *
 * <p>Reading a failure: {@code rule-pack via RulePackReader.read: /parameters/coalFactor/value := "-1":
 * accepted (outside the bounds)} names the document type, the read path, the JSON pointer mutated and
 * the value put there; other lines name the exception that escaped and where it was thrown, or a
 * hang.
 */
class HostileDocumentMutationTest {
  static final int TIMEOUT_SECONDS = 3;
  /**
   * {@code -Danxiao.hostile.full=true} makes every mutant (every value at every node) and feeds each
   * to every read path: several minutes instead of tens of seconds.
   */
  static final boolean FULL = Boolean.getBoolean("anxiao.hostile.full");
  /**
   * After this many hangs of one kind of mutant (the value put, e.g. {@code 1E+999999999}) on one
   * read path, the remaining mutants of that kind are not run on that path, and that is reported as a failure.
   */
  static final int HANGS_BEFORE_GIVING_UP = 1;

  @Test
  void everyReadPathRefusesHostileDocumentsTheDocumentedWay() {
    Map<String, List<String>> failures = new TreeMap<>();
    Map<String, Integer> notRun = new TreeMap<>();
    java.util.Set<String> whitespaceRun = new java.util.HashSet<>();
    int calls = 0;
    int anxiao = 0;
    int accepted = 0;
    int mutants = 0;
    try (BoundedCall bounded = new BoundedCall(Duration.ofSeconds(TIMEOUT_SECONDS))) {
      for (WireSamples.Case<?> c : WireSamples.cases()) {
        JsonNode document = DocumentReadPaths.tree(c.full());
        List<ReadPath> paths = DocumentReadPaths.of(c);
        byte[] valid = JsonMutants.bytes(document);
        for (ReadPath path : paths) {
          Result r = bounded.run(() -> path.read().apply(() -> new ByteArrayInputStream(valid)));
          assertTrue(r instanceof Result.Returned, c.type() + " via " + path.name() + " reads the valid sample: " + r);
        }
        Class<?> javaType = c.type().javaType();
        List<Mutant> all = sampled(JsonMutants.of(document,
            bytes -> bounded.quietly(() -> AnxiaoJson.strict().read(bytes, javaType)).isPresent(), FULL));
        for (ReadPath path : paths) {
          if (whitespaceRun.add(path.name())) {
            all.add(JsonMutants.leadingWhitespace(document).on(path.name()));
          }
        }
        mutants += all.size();
        long started = System.nanoTime();
        int callsBefore = calls;
        Map<String, Integer> hangs = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
          Mutant m = all.get(i);
          for (int p = 0; p < paths.size(); p++) {
            ReadPath path = paths.get(p);
            if (m.onlyOn() != null ? !m.onlyOn().equals(path.name()) : !FULL && i % paths.size() != p) {
              continue;
            }
            String where = c.type() + " via " + path.name();
            String kind = where + ": " + m.kind();
            if (hangs.getOrDefault(kind, 0) >= HANGS_BEFORE_GIVING_UP) {
              notRun.merge(kind, 1, Integer::sum);
              continue;
            }
            Result r = bounded.run(() -> path.read().apply(m.bytes()));
            calls++;
            if (r instanceof Result.Returned) {
              accepted++;
              if (m.expect() != Expect.EITHER) {
                fail(failures, where, m.label() + ": accepted (" + (m.expect() == Expect.OUT_OF_BOUNDS
                    ? "outside the bounds" : "malformed") + ")");
              }
            } else if (r instanceof Result.Threw t && t.thrown() instanceof AnxiaoException) {
              anxiao++;
            } else if (r instanceof Result.Threw t) {
              fail(failures, where, m.label() + ": " + t.thrown().getClass().getName() + ": "
                  + firstLine(t.thrown().getMessage()));
            } else {
              fail(failures, where, m.label() + ": no result after " + TIMEOUT_SECONDS + " s");
              hangs.merge(kind, 1, Integer::sum);
            }
          }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: %d mutants, %d calls on %d read paths, %d ms%n", c.type(),
            all.size(), calls - callsBefore, paths.size(), (System.nanoTime() - started) / 1_000_000);
      }
    }
    notRun.forEach((kind, n) -> fail(failures, kind.substring(0, kind.indexOf(": ")), n + " more mutants of the kind "
        + kind.substring(kind.indexOf(": ") + 2) + " not run after " + HANGS_BEFORE_GIVING_UP + " hang"));
    int failureCount = failures.values().stream().mapToInt(List::size).sum();
    String summary = String.format(java.util.Locale.ROOT,
        "hostile documents: %d mutants of %d document types, %d calls: %d AnxiaoException, %d accepted, %d failures",
        mutants, WireSamples.cases().size(), calls, anxiao, accepted, failureCount);
    StringBuilder details = new StringBuilder();
    failures.forEach((k, v) -> {
      details.append(k).append('\n');
      v.forEach(line -> details.append("    ").append(line).append('\n'));
    });
    System.out.println(summary);
    System.out.println(details);
    assertEquals(7, WireSamples.cases().size(), "core's document types");
    assertEquals(0, failureCount, () -> summary + "\n" + details);
  }

  /** The small mutants all; the streamed ones (million elements, deep nesting) at arrays only. */
  private static List<Mutant> sampled(List<Mutant> mutants) {
    List<Mutant> out = new ArrayList<>();
    for (Mutant m : mutants) {
      if (!m.streamed() || m.atArray()) {
        out.add(m);
      }
    }
    return out;
  }

  private static void fail(Map<String, List<String>> failures, String where, String line) {
    failures.computeIfAbsent(where, k -> new ArrayList<>()).add(BadValueReport.printable(line));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "null";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
