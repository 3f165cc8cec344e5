package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.school.School;
import org.anxiao.safety.staffing.StaffingAssessment;
import org.anxiao.safety.staffing.StaffingLine;
import org.anxiao.safety.staffing.StaffingTopic;
import org.anxiao.safety.zone.Coordinates;
import org.anxiao.safety.zone.VenueDistance;
import org.anxiao.safety.zone.VenueStatus;
import org.anxiao.safety.zone.ZoneCheck;
import org.junit.jupiter.api.Test;

/**
 * The staffing and safety-zone report over the bundled school (minhang-primary.json) prints the
 * figures worked out by hand below.
 *
 * <p>Staffing on a school day (in session, no boarders), Minhang 310112 on 2024-10-15. The school has
 * 3 gates, none an emergency gate, 2 open at the peaks (east, north); 1,080 primary pupils in 27
 * classes; 95 staff (68 + 6 + 1 + 1 + 1 + 1 + 9 + 8). The fictional roster: guards day 6, peak 6,
 * night 1; health professional 1 (the health teacher not counted); mental-health 1; safety
 * education 1; staff 95.
 * <pre>
 *   security guards, day    Minhang 四(一)8: 2 per gate post       2 × 3 = 6          actual 6   short 0
 *   security guards, peak   + 2 per gate open at the peak          6 + 2 × 2 = 10     actual 6   short 4
 *   security guards, night  1 per school, ×2 only with boarders    1                  actual 1   short 0
 *   health staff            art. 20: 600 pupils : 1, a started 600 ⌈1080 / 600⌉ = 2  actual 1   short 1
 *   mental-health teachers  1 per school                           1                  actual 1   short 0
 *   safety-education        Minhang 四(一)5①: 1 per school         1                  actual 1   short 0
 *   staff establishment     primary 19 : 1                         ⌈1080 / 19⌉ = 57   actual 95  short 0
 *   classes (大班额 ≥ 56)    at most 55 per class                    ⌈1080 / 55⌉ = 20   actual 27  short 0
 *   classes (超大班额 ≥ 66)  at most 65 per class                    ⌈1080 / 65⌉ = 17   actual 27  short 0
 *   student safety officers no pack in 310112; Shandong's counts junior-secondary-up classes and
 *                           boarding dorm rooms: 0 for this day primary school
 * </pre>
 * (19 × 56 = 1,064 &lt; 1,080 ≤ 1,083 = 19 × 57; 55 × 19 = 1,045 &lt; 1,080; 65 × 16 = 1,040 &lt; 1,080.)
 *
 * <p>Safety zone: every venue category radius is 200 m (Minhang 四(一)10). The distances are checked
 * against an independent equirectangular estimate on the local WGS-84 radii of curvature (meridian M,
 * prime vertical N at 31.11°), point to segment over the boundary's four edges, within 1 m (the
 * specification's bound at 200 m; the estimate's own error here is centimetres, the GCJ-02 offset's
 * variation over the campus a few decimetres).
 */
class StaffingAndZoneReportTest {
  private static final School SCHOOL = school();
  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257223563;
  /** The stated tolerance of the distance check, metres. */
  private static final double TOLERANCE = 1.0;

  private static School school() {
    return DemoResources.school("minhang-primary.json");
  }

  private static String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StaffingAndZoneReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), SCHOOL);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void staffingLinesAreTheHandWorkedFigures() {
    StaffingAssessment a = StaffingAndZoneReport.assess(SCHOOL);
    assertLine(a, StaffingTopic.SECURITY_GUARDS, "day", 6, 6, 0);
    assertLine(a, StaffingTopic.SECURITY_GUARDS, "peak", 10, 6, 4);
    assertLine(a, StaffingTopic.SECURITY_GUARDS, "night", 1, 1, 0);
    assertLine(a, StaffingTopic.HEALTH_STAFF, "health-staff", 2, 1, 1);
    assertLine(a, StaffingTopic.MENTAL_HEALTH_TEACHERS, "school", 1, 1, 0);
    assertLine(a, StaffingTopic.SAFETY_EDUCATION_TEACHERS, "school", 1, 1, 0);
    assertLine(a, StaffingTopic.STAFF_ESTABLISHMENT, "staff", 57, 95, 0);
    assertLine(a, StaffingTopic.OVERSIZED_CLASSES, "primary-large", 20, 27, 0);
    assertLine(a, StaffingTopic.OVERSIZED_CLASSES, "primary-very-large", 17, 27, 0);
    assertEquals(9, a.lines().size(), "no other line applies to a day primary school in Minhang");
    assertEquals(2, a.shortfalls().size(), "the peak guards and the health staff");
    assertTrue(a.skipped().isEmpty());
    assertTrue(a.packs().stream().noneMatch(p -> p.toString().startsWith("sd.")), "no student-safety-officer pack");
  }

  @Test
  void theReportSaysTheHealthStaffIsShortUnderArticle20() {
    String out = report();
    assertContains(out, "中小学卫生保健人员 / 卫生保健人员 / 在岗人数 (health-staff)");
    assertContains(out, "PUPILS [PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY] 1080 → 1 × ⌈1080 / 600⌉ = 2");
    assertContains(out, "→ SHORT 不足 by 1: required 2, on the roster 1 under 学校卫生工作条例");
    assertContains(out, "第二十条 (School health regulation (1990), art. 20: health technicians;");
    assertContains(out, "1 health professional for 1,080 pupils");
    assertContains(out, "卫生保健人员应配 2 人，实配 1 人，缺 1 人");
  }

  @Test
  void theReportShowsGuardsPerGateAndTheOfficersThatDoNotApply() {
    String out = report();
    assertContains(out, "GATES 3 → 2 × ⌈3 / 1⌉ = 6 + GATES_AT_PEAK 2 → 2 × ⌈2 / 1⌉ = 4");
    assertContains(out, "east 东门（主校门） 2 门岗 + 2 高峰叠加; north 北门 2 门岗 + 2 高峰叠加; west 西门（车辆） 2 门岗 → 10");
    assertContains(out, "保安员应配 10 人，实配 6 人，缺 4 人");
    assertContains(out, "学生安全员 Student safety officers: no pack in force for 310112");
    assertContains(out, "sd.2018.student-safety-officers@1.1.0 (鲁教安字〔2018〕1号 三(四)3), this primary school would need 0");
    assertContains(out, "sh.minhang-2022.security-guards@1.0.0 [OFFICIAL_TEXT]");
    assertContains(out, "cn.school-health-regulation-1990.health-staff@1.0.0 [SECONDARY]");
    assertContains(out, "示例数据，虚构");
  }

  @Test
  void venueStatusesAndRadiusAreTheHandWorkedOnes() {
    ZoneCheck c = StaffingAndZoneReport.check(SCHOOL);
    List<VenueDistance> v = c.venues();
    assertEquals(3, v.size());
    assertEquals(List.of(VenueStatus.INSIDE_ZONE, VenueStatus.OUTSIDE_ZONE, VenueStatus.INSIDE_ZONE),
        v.stream().map(VenueDistance::status).toList());
    for (VenueDistance d : v) {
      assertEquals(0, d.radius().orElseThrow().compareTo(new BigDecimal("200")), d.venue().name());
    }
    assertEquals("sh.minhang.school-zone@1.0.0", c.packs().get(0).toString());
    assertEquals(2, c.violations().size());
  }

  @Test
  void distancesAgreeWithAnIndependentEquirectangularEstimate() {
    ZoneCheck c = StaffingAndZoneReport.check(SCHOOL);
    // Boundary (GCJ-02) and the WGS-84 venues: the boundary converted to WGS-84, then measured on the plane.
    List<GeoPoint> gcj = c.boundary().boundary().vertices();
    List<GeoPoint> wgs = gcj.stream().map(Coordinates::toWgs84).toList();
    // The internet café lies east of the east edge: about 0.00139° of longitude ≈ 132 m.
    assertNear(estimate(new GeoPoint(31.1130, 121.3810, CoordinateSystem.WGS84), wgs), c.venues().get(0));
    // The KTV lies north of the north edge: about 0.00316° of latitude ≈ 351 m.
    assertNear(estimate(new GeoPoint(31.1172, 121.3783, CoordinateSystem.WGS84), wgs), c.venues().get(1));
    // The game room is in GCJ-02 like the boundary: measured on the GCJ-02 plane without any conversion
    // (the offset is nearly a translation over the campus), south of the south edge ≈ 168 m.
    double game = estimate(new GeoPoint(31.1085, 121.3830, CoordinateSystem.GCJ02), gcj);
    assertNear(game, c.venues().get(2));
    assertTrue(game > 160 && game < 176, "≈ 0.00152° of latitude × 110.9 km/° ≈ 168 m, got " + game);
  }

  @Test
  void theReportShowsTheConversionAndTheZoneFindings() {
    String out = report();
    assertContains(out, "电玩城游戏机房（虚构）   game room (31.108500, 121.383000 GCJ02): ");
    assertContains(out, "GCJ02 → WGS-84 电玩城游戏机房（虚构）: (31.108500, 121.383000) → (");
    assertContains(out, "radii[INTERNET_CAFE] = 200 m, radii[KTV] = 200 m, radii[GAME_ROOM] = 200 m");
    assertContains(out, "packs sh.minhang.school-zone@1.0.0 [OFFICIAL_TEXT]");
    assertContains(out, "共 3 处场所，2 处位于区域内，1 处在区域外");
    assertContains(out, "3 venues, 2 inside the zone, 1 outside");
  }

  @Test
  void demoPrintsTheReportAfterTheSafetyReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    int safety = out.indexOf("隐患台账与风险 Hazard register and risks");
    int staffing = out.indexOf("人员配备与校园周边安全区域 Staffing and the school safety zone");
    assertTrue(safety >= 0 && staffing > safety, "the staffing and zone report follows the safety report");
  }

  private static void assertLine(StaffingAssessment a, StaffingTopic topic, String id, long required, long actual,
      long shortfall) {
    StaffingLine l = a.line(topic, id).orElseThrow(() -> new AssertionError("no line " + topic + "/" + id));
    assertEquals(required, l.required(), topic + "/" + id + " required");
    assertEquals(actual, l.actual(), topic + "/" + id + " actual");
    assertEquals(shortfall, l.shortfall(), topic + "/" + id + " shortfall");
  }

  private static void assertNear(double expected, VenueDistance d) {
    double got = d.distance().doubleValue();
    assertTrue(Math.abs(got - expected) <= TOLERANCE, d.venue().name() + ": " + got + " m, estimate " + expected + " m");
  }

  /**
   * The distance from {@code p} to the ring, equirectangular on the local radii of curvature at the
   * ring's first vertex: x = N cos φ0 Δλ, y = M Δφ; the least point-to-segment distance over the edges.
   * Valid for a point outside the ring (all venues here are).
   */
  private static double estimate(GeoPoint p, List<GeoPoint> ring) {
    double phi0 = Math.toRadians(ring.get(0).latitude());
    double e2 = F * (2 - F);
    double w = 1 - e2 * Math.sin(phi0) * Math.sin(phi0);
    double m = A * (1 - e2) / Math.pow(w, 1.5);
    double n = A / Math.sqrt(w);
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < ring.size(); i++) {
      GeoPoint a = ring.get(i);
      GeoPoint b = ring.get((i + 1) % ring.size());
      double ax = x(a, p, n, phi0);
      double ay = y(a, p, m);
      double bx = x(b, p, n, phi0);
      double by = y(b, p, m);
      double dx = bx - ax;
      double dy = by - ay;
      double t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  }

  private static double x(GeoPoint q, GeoPoint origin, double n, double phi0) {
    return n * Math.cos(phi0) * Math.toRadians(q.longitude() - origin.longitude());
  }

  private static double y(GeoPoint q, GeoPoint origin, double m) {
    return m * Math.toRadians(q.latitude() - origin.latitude());
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "missing: " + expected + "\n--- in ---\n" + text);
  }
}
