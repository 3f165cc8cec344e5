package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.gen.GeoGenerators;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.zone.CampusBoundary;
import org.anxiao.safety.zone.SafetyZoneRule;
import org.anxiao.safety.zone.Venue;
import org.anxiao.safety.zone.VenueCategory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of school safety zones (学校周边安全区域): campus boundaries in each coordinate system
 * (WGS-84, GCJ-02, BD-09; core-testkit's {@link GeoGenerators#boundaries()}), venues of every category
 * due north of a campus at distances in metres (0–400 m, and at and ± 1 m / 1 mm around each radius of
 * the packs in force, e.g. the 200 m of the internet-café rule), the radii read through
 * {@link SafetyZoneRule}, and coordinates out of range labelled {@code INVALID_VALUE} naming
 * {@code latitude} or {@code longitude}. Distances are approximate (one degree of latitude taken as
 * 111,320 m): the library measures them; tests compare its status with its own distance.
 */
public final class ZoneGenerators {
  /** The date the shipped packs are read on. */
  public static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final double METRES_PER_DEGREE = 111_320.0;

  private ZoneGenerators() {}

  /** {@return campus boundaries anywhere on the globe in every coordinate system (squares of 0.001°)} */
  public static Gen<CampusBoundary> campuses() {
    return GeoGenerators.boundaries().map(CampusBoundary::new);
  }

  /**
   * {@return the radii in metres by restricted category of the safety-zone packs in force at {@code where}}
   *
   * @param where the jurisdiction
   */
  public static Map<VenueCategory, BigDecimal> radii(JurisdictionCode where) {
    RuleTable<VenueCategory> table = RuleContext.standard(where, DATE).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)
        .bind(SafetyZoneRule.KIND).value().radii().value();
    Map<VenueCategory, BigDecimal> out = new EnumMap<>(VenueCategory.class);
    for (VenueCategory c : table.keys()) {
      out.put(c, new BigDecimal(table.applied(c).value()));
    }
    return out;
  }

  /**
   * {@return the distances in metres at and around the radii at {@code where}: r − 1, r − 0.001, r,
   * r + 0.001 and r + 1 for each radius r}
   *
   * @param where the jurisdiction
   */
  public static List<Double> radiusEdges(JurisdictionCode where) {
    List<Double> out = new ArrayList<>();
    for (BigDecimal r : radii(where).values()) {
      double m = r.doubleValue();
      for (double d : new double[] {-1, -0.001, 0, 0.001, 1}) {
        out.add(m + d);
      }
    }
    return out;
  }

  /**
   * {@return a point about {@code metres} north of {@code boundary}'s northernmost vertex, in its system}
   *
   * @param boundary the campus
   * @param metres   the distance north, at least 0
   */
  public static GeoPoint north(CampusBoundary boundary, double metres) {
    GeoPoint top = boundary.boundary().vertices().stream()
        .max((a, b) -> Double.compare(a.latitude(), b.latitude())).orElseThrow();
    return new GeoPoint(Math.min(90, top.latitude() + metres / METRES_PER_DEGREE), top.longitude(), top.system());
  }

  /**
   * {@return venues of any category north of {@code boundary}: 0–400 m, or at the edges of the radii at {@code where}}
   *
   * @param boundary the campus
   * @param where    the jurisdiction whose radii give the edges
   */
  public static Gen<Venue> venues(CampusBoundary boundary, JurisdictionCode where) {
    Gen<Double> metres = integers().between(0, 400_000).<Double>map(mm -> mm / 1000.0)
        .mix(Generate.pick(radiusEdges(where)));
    return Generate.enumValues(VenueCategory.class).zip(metres,
        (c, m) -> new Venue(c.name().toLowerCase(java.util.Locale.ROOT) + " " + m, c, north(boundary, m)));
  }

  /**
   * {@return points with a latitude beyond ±90 (naming {@code latitude}) or a longitude beyond ±180
   * (naming {@code longitude}), labelled {@code INVALID_VALUE}, in every coordinate system}
   */
  public static Gen<InvalidInput<GeoPoint>> invalidPoints() {
    return Generate.enumValues(CoordinateSystem.class).zip(integers().between(0, 3), integers().between(1, 100_000),
        (crs, k, off) -> {
          double over = off / 1000.0;
          double lat = k == 0 ? 90 + over : k == 1 ? -90 - over : 30;
          double lon = k == 2 ? 180 + over : k == 3 ? -180 - over : 120;
          return InvalidInput.<GeoPoint>of("(" + lat + ", " + lon + ") " + crs, "INVALID_VALUE",
              k < 2 ? "latitude" : "longitude", () -> new GeoPoint(lat, lon, crs));
        });
  }
}
