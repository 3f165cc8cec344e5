package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Worked conversions. Expected values were computed with Python's {@code math} from the published
 * formulas (the same text as {@code ChinaOffsets}' javadoc), not with this library.
 */
class CoordinatesTest {
  private static final double TOL = 1e-9;

  @Test
  void wgs84ToGcj02AndBd09AtTiananmen() {
    // WGS-84 (39.9087, 116.3975): x = λ − 105 = 11.3975, y = φ − 35 = 4.9087 into the offset polynomials,
    // scaled on Krasovsky a = 6378245, e² = 0.00669342162296594323 → GCJ-02 (39.9101034993, 116.4037435727),
    // i.e. 156 m north and 532 m east; then BD-09 with x_π = π × 3000 / 180 → (39.9164427496, 116.4101165865).
    GeoPoint gcj = Coordinates.convert(wgs(39.9087, 116.3975), CoordinateSystem.GCJ02);
    assertEquals(CoordinateSystem.GCJ02, gcj.system());
    assertEquals(39.9101034993, gcj.latitude(), TOL);
    assertEquals(116.4037435727, gcj.longitude(), TOL);
    GeoPoint bd = Coordinates.convert(wgs(39.9087, 116.3975), CoordinateSystem.BD09);
    assertEquals(CoordinateSystem.BD09, bd.system());
    assertEquals(39.9164427496, bd.latitude(), TOL);
    assertEquals(116.4101165865, bd.longitude(), TOL);
  }

  @Test
  void gcj02BackToWgs84ByIteration() {
    // The inverse of the worked GCJ-02 point, to the stated 1e-9° (the input is itself rounded to 1e-10°).
    GeoPoint back = Coordinates.toWgs84(new GeoPoint(39.9101034993, 116.4037435727, CoordinateSystem.GCJ02));
    assertEquals(CoordinateSystem.WGS84, back.system());
    assertEquals(39.9087, back.latitude(), 2e-10);
    assertEquals(116.3975, back.longitude(), 2e-10);
    GeoPoint fromBd = Coordinates.toWgs84(new GeoPoint(39.9164427496, 116.4101165865, CoordinateSystem.BD09));
    assertEquals(39.9087, fromBd.latitude(), 5e-10);
    assertEquals(116.3975, fromBd.longitude(), 5e-10);
    GeoPoint gcj = Coordinates.convert(new GeoPoint(39.9164427496, 116.4101165865, CoordinateSystem.BD09),
        CoordinateSystem.GCJ02);
    assertEquals(39.9101034993, gcj.latitude(), 5e-10);
    assertEquals(116.4037435727, gcj.longitude(), 5e-10);
  }

  @Test
  void theIterationBeatsTheOneStepInverse() {
    // One step, w = g − (f(g) − g), leaves f(w) off g by more than 1e-9° here; the iteration does not.
    double[] g = ChinaOffsets.wgsToGcj(39.9087, 116.3975);
    double[] fg = ChinaOffsets.wgsToGcj(g[0], g[1]);
    double[] oneStep = {g[0] - (fg[0] - g[0]), g[1] - (fg[1] - g[1])};
    double[] again = ChinaOffsets.wgsToGcj(oneStep[0], oneStep[1]);
    assertTrue(Math.abs(again[0] - g[0]) > 1e-8 || Math.abs(again[1] - g[1]) > 1e-8, "the one-step inverse is coarse");
    double[] w = Coordinates.gcjToWgs(g[0], g[1]);
    double[] f = ChinaOffsets.wgsToGcj(w[0], w[1]);
    assertEquals(g[0], f[0], TOL);
    assertEquals(g[1], f[1], TOL);
    double[] bd = ChinaOffsets.gcjToBd(g[0], g[1]);
    double[] gBack = Coordinates.bdToGcj(bd[0], bd[1]);
    assertEquals(g[0], gBack[0], TOL);
    assertEquals(g[1], gBack[1], TOL);
  }

  @Test
  void outsideChinaGcj02EqualsWgs84() {
    GeoPoint paris = wgs(48.8566, 2.3522);
    GeoPoint gcj = Coordinates.convert(paris, CoordinateSystem.GCJ02);
    assertEquals(48.8566, gcj.latitude());
    assertEquals(2.3522, gcj.longitude());
    GeoPoint back = Coordinates.toWgs84(new GeoPoint(48.8566, 2.3522, CoordinateSystem.GCJ02));
    assertEquals(48.8566, back.latitude());
    assertEquals(2.3522, back.longitude());
  }

  @Test
  void theBoundingBoxEdgesAreInside() {
    // 72.004 ≤ λ ≤ 137.8347 and 0.8293 ≤ φ ≤ 55.8271 is "in China": each edge inside, a hair beyond outside.
    assertFalse(Coordinates.outsideChina(wgs(30, 72.004)));
    assertTrue(Coordinates.outsideChina(wgs(30, 72.0039)));
    assertFalse(Coordinates.outsideChina(wgs(30, 137.8347)));
    assertTrue(Coordinates.outsideChina(wgs(30, 137.8348)));
    assertFalse(Coordinates.outsideChina(wgs(0.8293, 100)));
    assertTrue(Coordinates.outsideChina(wgs(0.8292, 100)));
    assertFalse(Coordinates.outsideChina(wgs(55.8271, 100)));
    assertTrue(Coordinates.outsideChina(wgs(55.8272, 100)));
    // Inside, the offset is applied; just outside, not.
    GeoPoint in = Coordinates.convert(wgs(30, 72.004), CoordinateSystem.GCJ02);
    assertTrue(in.longitude() != 72.004 || in.latitude() != 30);
    GeoPoint out = Coordinates.convert(wgs(30, 72.0039), CoordinateSystem.GCJ02);
    assertEquals(72.0039, out.longitude());
    assertEquals(30, out.latitude());
  }

  @Test
  void sameSystemIsTheSamePointAndCgcs2000IsWgs84() {
    GeoPoint p = wgs(31.1, 121.38);
    assertSame(p, Coordinates.convert(p, CoordinateSystem.WGS84));
    GeoPoint c = Coordinates.convert(p, CoordinateSystem.CGCS2000);
    assertEquals(CoordinateSystem.CGCS2000, c.system());
    assertEquals(31.1, c.latitude());
    assertEquals(121.38, c.longitude());
    GeoPoint w = Coordinates.toWgs84(new GeoPoint(31.1, 121.38, CoordinateSystem.CGCS2000));
    assertEquals(31.1, w.latitude());
    assertEquals(121.38, w.longitude());
    GeoPoint g = Coordinates.convert(new GeoPoint(31.1, 121.38, CoordinateSystem.CGCS2000), CoordinateSystem.GCJ02);
    GeoPoint g2 = Coordinates.convert(p, CoordinateSystem.GCJ02);
    assertEquals(g2.latitude(), g.latitude());
    assertEquals(g2.longitude(), g.longitude());
  }

  @Test
  void badInputIsNamed() {
    MissingValueException point = assertThrows(MissingValueException.class,
        () -> Coordinates.convert(null, CoordinateSystem.WGS84));
    assertTrue(point.getMessage().contains("point"), point.getMessage());
    MissingValueException target = assertThrows(MissingValueException.class,
        () -> Coordinates.convert(wgs(30, 120), null));
    assertTrue(target.getMessage().contains("target"), target.getMessage());
    assertThrows(MissingValueException.class, () -> Coordinates.toWgs84(null));
    assertThrows(MissingValueException.class, () -> Coordinates.outsideChina(null));
    // BD-09 adds 0.0065° of longitude: past the antimeridian the result is no coordinate.
    InvalidValueException far = assertThrows(InvalidValueException.class,
        () -> Coordinates.convert(wgs(0, 179.999), CoordinateSystem.BD09));
    assertTrue(far.getMessage().contains("longitude"), far.getMessage());
    // A coordinate out of range or without a system never gets here: GeoPoint refuses it.
    assertTrue(assertThrows(InvalidValueException.class, () -> wgs(90.5, 120)).getMessage().contains("latitude"));
    assertTrue(assertThrows(MissingValueException.class, () -> new GeoPoint(30, 120, null)).getMessage()
        .contains("system"));
  }

  @Test
  void bd09FirstGuessIsThePublishedOneStepFormula() {
    // The published one-step BD-09 → GCJ-02 (bd_decrypt): x = λ − 0.0065, y = φ − 0.006,
    // z = √(x² + y²) − 0.00002 sin(y x_π), θ = atan2(y, x) − 0.000003 cos(x x_π), GCJ-02 = (z sin θ, z cos θ),
    // x_π = π × 3000 / 180; worked with Python's math:
    // BD-09 (39.9164427496, 116.4101165865) → (39.910103153624, 116.403744013726);
    // BD-09 (23.1291, 113.2644) → (23.122967171142, 113.257946213502).
    double[] tiananmen = ChinaOffsets.bdToGcjFirstGuess(39.9164427496, 116.4101165865);
    assertEquals(39.910103153624, tiananmen[0], 1e-11);
    assertEquals(116.403744013726, tiananmen[1], 1e-11);
    double[] guangzhou = ChinaOffsets.bdToGcjFirstGuess(23.1291, 113.2644);
    assertEquals(23.122967171142, guangzhou[0], 1e-11);
    assertEquals(113.257946213502, guangzhou[1], 1e-11);
  }
}
