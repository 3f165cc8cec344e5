package org.anxiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import org.anxiao.core.campus.Building;
import org.anxiao.core.fire.CrowdedPlaceDetermination;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;

/** The usage example shown in README.md; the examples' tests check that the two stay identical. */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) throws IOException {
    // README:BEGIN
    AnxiaoJson json = AnxiaoJson.strict();
    SchoolDocument doc;
    try (InputStream in = ReadmeExample.class.getResourceAsStream("minhang-primary.json")) {
      doc = json.readDocument(in, SchoolDocument.DOCUMENT); // schema-validated, strict
    }
    School school = doc.school();
    CrowdedPlaces crowdedPlaces = CrowdedPlaces.in(RuleContext.forSchool(school, LocalDate.of(2024, 9, 1)));
    for (Building b : school.campuses().get(0).buildings()) {
      CrowdedPlaceDetermination d = crowdedPlaces.determine(b);
      String basis = d.citation().map(Citation::shortForm).orElse("declared 申报");
      out.println(b.name() + " 人员密集场所: " + d.crowded() + " (" + basis + ")");
    }
    // README:END
  }

  /** Entry point: {@code mvn -q -pl examples exec:java -Danxiao.demo.main=org.anxiao.examples.ReadmeExample}. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }
}
