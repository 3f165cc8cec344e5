package org.anxiao.safety.zone;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** Round trips within the stated tolerance, over mainland China and beyond the bounding box. */
class CoordinatesProperties {
  private static final double TOL = Coordinates.TOLERANCE_DEGREES;

  private static boolean close(GeoPoint a, GeoPoint b, double tol) {
    return Math.abs(a.latitude() - b.latitude()) <= tol && Math.abs(a.longitude() - b.longitude()) <= tol;
  }

  @Test
  void wgs84ToGcj02ToWgs84WithinTheStatedTolerance() {
    qt().withExamples(200).forAll(doubles().between(1.0, 55.0), doubles().between(73.0, 137.0)).check((lat, lon) -> {
      GeoPoint w = new GeoPoint(lat, lon, CoordinateSystem.WGS84);
      GeoPoint g = Coordinates.convert(w, CoordinateSystem.GCJ02);
      return close(w, Coordinates.toWgs84(g), TOL);
    });
  }

  @Test
  void gcj02ToBd09ToGcj02WithinTheStatedTolerance() {
    qt().withExamples(200).forAll(doubles().between(1.0, 55.0), doubles().between(73.0, 137.0)).check((lat, lon) -> {
      GeoPoint g = new GeoPoint(lat, lon, CoordinateSystem.GCJ02);
      GeoPoint b = Coordinates.convert(g, CoordinateSystem.BD09);
      return close(g, Coordinates.convert(b, CoordinateSystem.GCJ02), TOL);
    });
  }

  @Test
  void wgs84ToBd09ToWgs84WithinTwiceTheTolerance() {
    qt().withExamples(200).forAll(doubles().between(1.0, 55.0), doubles().between(73.0, 137.0)).check((lat, lon) -> {
      GeoPoint w = new GeoPoint(lat, lon, CoordinateSystem.WGS84);
      return close(w, Coordinates.toWgs84(Coordinates.convert(w, CoordinateSystem.BD09)), 2 * TOL);
    });
  }

  @Test
  void theOffsetIsMetresToHundredsOfMetresInsideChinaAndNilOutside() {
    qt().withExamples(200).forAll(doubles().between(18.0, 53.0), doubles().between(74.0, 134.0)).check((lat, lon) -> {
      GeoPoint w = new GeoPoint(lat, lon, CoordinateSystem.WGS84);
      double d = Geodesy.distance(w, new GeoPoint(lat, lon, CoordinateSystem.GCJ02));
      // On a 0.1° grid of this box the published transform moves points by 17.8 m to 700.4 m.
      return d > 1 && d < 1000;
    });
    qt().withExamples(100).forAll(doubles().between(-80.0, 80.0), doubles().between(-179.0, 71.0)).check((lat, lon) -> {
      GeoPoint w = new GeoPoint(lat, lon, CoordinateSystem.WGS84);
      GeoPoint g = Coordinates.convert(w, CoordinateSystem.GCJ02);
      return g.latitude() == lat && g.longitude() == lon;
    });
  }
}
