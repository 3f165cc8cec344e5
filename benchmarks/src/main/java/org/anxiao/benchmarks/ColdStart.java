package org.anxiao.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.anxiao.core.campus.Building;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.examples.Demo;

/**
 * The P5 workload: in a fresh JVM, read the sample school document (schema-validated), bind the
 * rule packs the first calculation needs (read lazily from the class path, schema-validated and
 * bound to their rule kind) and make that calculation (crowded-place determination of every
 * building). Shared by the JMH benchmark and the whole-process timing main.
 */
final class ColdStart {
  private ColdStart() {}

  static final String SCHOOL = "/org/anxiao/examples/minhang-primary.json";

  /** Runs the workload once; returns the crowded floor area in m² so the work cannot be skipped. */
  static double run() {
    School school = read(in -> AnxiaoJson.strict().readDocument(in, SchoolDocument.DOCUMENT)).school();
    CrowdedPlaces calculator = CrowdedPlaces.in(RuleContext.forSchool(school, LocalDate.of(2024, 9, 1)));
    double crowded = 0;
    for (Building b : school.campuses().get(0).buildings()) {
      if (calculator.determine(b).crowded()) {
        crowded += b.grossFloorAreaSquareMetres();
      }
    }
    return crowded;
  }

  /** Baseline: plain Jackson (no Anxiao types, no schema) parses the same document to a tree. */
  static int baseline() {
    com.fasterxml.jackson.databind.JsonNode tree = read(in -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(in));
    return tree.path("school").path("campuses").get(0).path("buildings").size();
  }

  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> T read(Reader<T> reader) {
    try (InputStream in = Demo.class.getResourceAsStream(SCHOOL)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
