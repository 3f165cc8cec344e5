package org.anxiao.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** The documented coordinate ranges, exactly at each end and one step past it, and the boundary's vertex rules. */
class GeoBoundsTest {
  private static void refused(String field, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(InvalidValueException.CODE, e.errorCode());
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void latitudeRunsFromMinus90To90Inclusive() {
    assertEquals(-90.0, new GeoPoint(-90, 0, CoordinateSystem.WGS84).latitude());
    assertEquals(90.0, new GeoPoint(90, 0, CoordinateSystem.WGS84).latitude());
    refused("latitude", () -> new GeoPoint(Math.nextDown(-90.0), 0, CoordinateSystem.WGS84));
    refused("latitude", () -> new GeoPoint(Math.nextUp(90.0), 0, CoordinateSystem.WGS84));
    refused("latitude", () -> new GeoPoint(Double.NaN, 0, CoordinateSystem.WGS84));
  }

  @Test
  void longitudeRunsFromMinus180To180Inclusive() {
    assertEquals(-180.0, new GeoPoint(0, -180, CoordinateSystem.GCJ02).longitude());
    assertEquals(180.0, new GeoPoint(0, 180, CoordinateSystem.GCJ02).longitude());
    refused("longitude", () -> new GeoPoint(0, Math.nextDown(-180.0), CoordinateSystem.GCJ02));
    refused("longitude", () -> new GeoPoint(0, Math.nextUp(180.0), CoordinateSystem.GCJ02));
    refused("longitude", () -> new GeoPoint(0, Double.POSITIVE_INFINITY, CoordinateSystem.GCJ02));
  }

  @Test
  void aPointNeedsItsSystem() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> new GeoPoint(31.0, 121.0, null));
    assertEquals("system", e.field().orElseThrow());
  }

  private static GeoPoint p(double lat, double lon) {
    return new GeoPoint(lat, lon, CoordinateSystem.BD09);
  }

  @Test
  void theBoundaryIsInTheSystemOfItsVertices() {
    Boundary b = new Boundary(List.of(p(31.0, 121.0), p(31.0, 121.1), p(31.1, 121.1)));
    assertEquals(CoordinateSystem.BD09, b.system());
    assertEquals(3, b.vertices().size());
  }

  @Test
  void aClosingVertexIsDroppedSoAClosedTriangleHasThreeVertices() {
    Boundary closed = new Boundary(List.of(p(31.0, 121.0), p(31.0, 121.1), p(31.1, 121.1), p(31.0, 121.0)));
    assertEquals(new Boundary(List.of(p(31.0, 121.0), p(31.0, 121.1), p(31.1, 121.1))), closed);
  }

  @Test
  void fewerThanThreeDistinctVerticesAreRefusedWithTheVertexCount() {
    InvalidValueException one = assertThrows(InvalidValueException.class, () -> new Boundary(List.of(p(31.0, 121.0))));
    assertEquals("vertices", one.field().orElseThrow());
    assertEquals("1", one.value().orElseThrow(), "a single vertex is not a closing vertex");
    InvalidValueException closedPair = assertThrows(InvalidValueException.class,
        () -> new Boundary(List.of(p(31.0, 121.0), p(31.0, 121.1), p(31.0, 121.0))));
    assertEquals("2", closedPair.value().orElseThrow(), "two vertices once the closing one is dropped");
  }

  @Test
  void verticesOfAnotherSystemAreRefusedNamingTheVertex() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Boundary(List.of(p(31.0, 121.0),
        p(31.0, 121.1), new GeoPoint(31.1, 121.1, CoordinateSystem.WGS84))));
    assertEquals("vertices[2].system", e.field().orElseThrow());
    assertEquals("WGS84", e.value().orElseThrow());
  }
}
