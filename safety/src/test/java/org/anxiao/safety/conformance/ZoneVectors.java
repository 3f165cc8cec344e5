package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.safety.zone.CampusBoundary;
import org.anxiao.safety.zone.SafetyZones;
import org.anxiao.safety.zone.Venue;
import org.anxiao.safety.zone.VenueCategory;
import org.anxiao.safety.zone.VenueDistance;
import org.anxiao.safety.zone.ZoneCheck;

/**
 * Runs {@code conformance/safety/zone.json}: the 200 m school safety zone. Input {@code boundary}
 * {@code {vertices: [{latitude, longitude, system}]}} and {@code venues} {@code [{name, category,
 * location}]}, coordinates as decimal strings (an absent {@code system} is passed as null); expected
 * per venue {@code distance} (compared numerically), {@code status} and {@code radius} (absent when
 * none was read), {@code rules} and {@code findings} (codes in order). The context is the group's
 * ({@link VectorOutcomes#context}).
 */
final class ZoneVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.zone", ZoneVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");

  private ZoneVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      SafetyZones zones = SafetyZones.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, zones.rules().packs());
      List<GeoPoint> vertices = new ArrayList<>();
      input.path("boundary").path("vertices").forEach(v -> vertices.add(point(v)));
      CampusBoundary boundary = new CampusBoundary(new Boundary(vertices));
      List<Venue> venues = new ArrayList<>();
      input.path("venues").forEach(v -> venues.add(new Venue(v.path("name").asText(),
          VenueCategory.valueOf(v.path("category").asText()), point(v.path("location")))));
      return zones.check(SUBJECT, boundary, venues);
    }, (ZoneCheck check, JsonNode expected) -> {
      JsonNode want = expected.path("venues");
      assertEquals(want.size(), check.venues().size(), "venues");
      for (int i = 0; i < want.size(); i++) {
        VenueDistance got = check.venues().get(i);
        JsonNode w = want.get(i);
        VectorOutcomes.assertDecimal("venues[" + i + "].distance", w.path("distance"), got.distance());
        assertEquals(w.path("status").asText(), got.status().name(), "venues[" + i + "].status");
        if (w.has("radius")) {
          assertTrue(got.radius().isPresent(), "venues[" + i + "].radius");
          VectorOutcomes.assertDecimal("venues[" + i + "].radius", w.path("radius"), got.radius().get());
        } else {
          assertFalse(got.radius().isPresent(), "venues[" + i + "].radius: none read");
        }
      }
      VectorOutcomes.checkRules(expected, check.rules());
      assertEquals(VectorOutcomes.texts(expected.path("findings")),
          check.findings().stream().map(Finding::code).map(Object::toString).toList(), "findings");
    });
  }

  private static GeoPoint point(JsonNode node) {
    String system = node.path("system").asText(null);
    return new GeoPoint(Double.parseDouble(node.path("latitude").asText()),
        Double.parseDouble(node.path("longitude").asText()), system == null ? null : CoordinateSystem.valueOf(system));
  }
}
