package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of coordinates and campus boundaries in each reference system of
 * {@link CoordinateSystem} (WGS-84, CGCS2000, GCJ-02, BD-09). Every system has the range core
 * checks: latitude −90 to 90, longitude −180 to 180 (degrees, both inclusive); the edges of that
 * range are drawn often. Invalid coordinates and boundaries are labelled with the error core raises.
 */
public final class GeoGenerators {
  private GeoGenerators() {}

  /** {@return small square boundaries anywhere on the globe, in every coordinate system} */
  public static Gen<Boundary> boundaries() {
    return Generate.enumValues(CoordinateSystem.class).zip(integers().between(-8000, 8000), integers().between(-17000, 17000),
        (crs, lat, lon) -> new Boundary(List.of(
            new GeoPoint(lat / 100.0, lon / 100.0, crs),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0, crs),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0 + 0.001, crs),
            new GeoPoint(lat / 100.0, lon / 100.0 + 0.001, crs))));
  }

  /** Degrees at and near the edges of the valid range, drawn often. */
  private static final List<Double> LATITUDE_EDGES = List.of(-90.0, -89.999999, 0.0, -0.0, 89.999999, 90.0);
  private static final List<Double> LONGITUDE_EDGES = List.of(-180.0, -179.999999, 0.0, 179.999999, 180.0);

  /**
   * {@return points in {@code system} anywhere in its valid range (latitude −90…90, longitude
   * −180…180, six decimals), the range's edges among them}
   *
   * @param system the reference system
   */
  public static Gen<GeoPoint> points(CoordinateSystem system) {
    Gen<Double> lat = integers().between(-90_000_000, 90_000_000).map(v -> v / 1_000_000.0)
        .mix(Generate.pick(LATITUDE_EDGES), 10);
    Gen<Double> lon = integers().between(-180_000_000, 180_000_000).map(v -> v / 1_000_000.0)
        .mix(Generate.pick(LONGITUDE_EDGES), 10);
    return lat.zip(lon, (a, o) -> new GeoPoint(a, o, system));
  }

  /** {@return points of {@link #points(CoordinateSystem)} in every reference system} */
  public static Gen<GeoPoint> points() {
    return Generate.enumValues(CoordinateSystem.class).flatMap(GeoGenerators::points);
  }

  /**
   * {@return small square boundaries (about 100 m a side) in {@code system}, anywhere its range allows}
   *
   * @param system the reference system of every vertex
   */
  public static Gen<Boundary> boundaries(CoordinateSystem system) {
    return integers().between(-8000, 8000).zip(integers().between(-17000, 17000),
        (lat, lon) -> new Boundary(List.of(
            new GeoPoint(lat / 100.0, lon / 100.0, system),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0, system),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0 + 0.001, system),
            new GeoPoint(lat / 100.0, lon / 100.0 + 0.001, system))));
  }

  /**
   * {@return invalid coordinates, labelled {@code INVALID_VALUE}: a latitude beyond ±90 or a
   * longitude beyond ±180 (naming {@code latitude} / {@code longitude}), NaN or infinite degrees}
   */
  public static Gen<InvalidInput<GeoPoint>> invalidPoints() {
    Gen<Double> badLat = Generate.pick(List.of(90.000001, -90.000001, 91.0, -180.0, 1e9, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    Gen<Double> badLon = Generate.pick(List.of(180.000001, -180.000001, 360.0, -1e9, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    Gen<CoordinateSystem> systems = Generate.enumValues(CoordinateSystem.class);
    Gen<InvalidInput<GeoPoint>> lat = badLat.zip(systems, (d, crs) -> InvalidInput.of("latitude " + d + " in " + crs,
        "INVALID_VALUE", "latitude", () -> new GeoPoint(d, 120.0, crs)));
    Gen<InvalidInput<GeoPoint>> lon = badLon.zip(systems, (d, crs) -> InvalidInput.of("longitude " + d + " in " + crs,
        "INVALID_VALUE", "longitude", () -> new GeoPoint(30.0, d, crs)));
    return Generate.oneOf(lat, lon);
  }

  /**
   * {@return invalid boundaries, labelled {@code INVALID_VALUE}: fewer than three distinct vertices
   * (naming {@code vertices}) or vertices of two reference systems (naming {@code vertices[i].system})}
   */
  public static Gen<InvalidInput<Boundary>> invalidBoundaries() {
    Gen<InvalidInput<Boundary>> degenerate = points().zip(integers().between(0, 3), (p, n) -> InvalidInput.of(
        n + " copies of one vertex", "INVALID_VALUE", "vertices", () -> new Boundary(java.util.Collections.nCopies(n, p))));
    Gen<InvalidInput<Boundary>> mixed = boundaries().zip(Generate.enumValues(CoordinateSystem.class), (b, other) -> {
      CoordinateSystem crs = other == b.system() ? CoordinateSystem.values()[(other.ordinal() + 1)
          % CoordinateSystem.values().length] : other;
      List<GeoPoint> vs = new ArrayList<>(b.vertices());
      GeoPoint last = vs.get(2);
      vs.set(2, new GeoPoint(last.latitude(), last.longitude(), crs));
      return InvalidInput.of("vertex 2 in " + crs + ", the others in " + b.system(), "INVALID_VALUE",
          "vertices[2].system", () -> new Boundary(vs));
    });
    return Generate.oneOf(degenerate, mixed);
  }
}
