package org.anxiao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.junit.jupiter.api.Test;

/** The bad-value probe itself: it flags what it should and passes what it should. */
class ExportedApiProbeTest {
  /** Accepts any id: a control character or a blank id must be reported as accepted. */
  public record LaxId(String id) {}

  /** Checks its id the documented way. */
  public record StrictId(String id) {
    public StrictId {
      Bounds.code("id", id);
    }
  }

  /** Throws a bare exception for a negative count. */
  public static final class BareThrow {
    public static int twice(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("negative");
      }
      return Bounds.count("count", count) * 2;
    }
  }

  private static BadValueReport probe(Class<?> type) {
    BadValueReport report = new BadValueReport();
    try (BoundedCall calls = new BoundedCall(Duration.ofSeconds(5))) {
      SampleValues samples = new SampleValues(ExportedApiProbeTest.class.getClassLoader(), calls);
      new ExportedApiProbe(samples, new BadValues(samples), calls, report).probe(type);
    }
    return report;
  }

  @Test
  void acceptedControlCharactersAndBlankIdsAreFailures() {
    BadValueReport report = probe(LaxId.class);
    List<String> lines = report.failures().values().iterator().next();
    assertTrue(lines.contains("id = \"\\u0000\": accepted (outside the bounds)"), lines.toString());
    assertTrue(lines.contains("id = \"\": accepted (blank)"), lines.toString());
    assertTrue(lines.contains("id = null: accepted (null for a required parameter)"), lines.toString());
  }

  @Test
  void documentedRefusalsPass() {
    BadValueReport report = probe(StrictId.class);
    assertEquals(0, report.failureCount(), report.details(50));
    assertTrue(report.anxiaoExceptions > 5, report.summary("test"));
  }

  @Test
  void otherExceptionsAreFailuresNamingWhereTheyWereThrown() {
    BadValueReport report = probe(BareThrow.class);
    String details = report.details(50);
    assertTrue(details.contains("count = -1: java.lang.IllegalArgumentException: negative (at ExportedApiProbeTest$BareThrow.twice"),
        details);
  }
}
