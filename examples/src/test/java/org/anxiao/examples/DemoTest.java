package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo runs over the bundled sample and prints the figures worked out by hand below. */
class DemoTest {
  private static String runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSchoolSummary() {
    String out = runDemo();
    assertContains(out, "学校 School: 闵行区示例实验小学");
    assertContains(out, "闵行区 310112 → 上海市 310000 → 中国 CN");
    assertContains(out, "在校生 Pupils: 1080 in 27 classes");
    assertContains(out, "40.0 per class");
    // 6850 + 5420 + 3200 + 1150 + 1680 + 2400 + 1300 = 22,000 m²
    assertContains(out, "7 buildings, 22,000.0 m² gross floor area");
    assertContains(out, "3 gates (2 open at arrival/dismissal, 2 used at night)");
  }

  @Test
  void printsCrowdedPlacesWithTheirRule() {
    String out = runDemo();
    assertContains(out, "pack cn.fire-law.crowded-places@2.0.0 [SECONDARY]");
    // crowded: t1, t2, lib, can, gym (safer reading) = 6850 + 5420 + 1150 + 1680 + 2400 = 17,500 m²
    assertContains(out, "5 crowded-place buildings, 17,500.0 m²");
  }

  @Test
  void printsTheSelfInspectionScore() {
    String out = runDemo();
    // mgmt 18/20; fire (8.5 + 10 + 8 + 5) × 30 / 35 = 27; food 20; gate (10 + 7) × 30 / 20 = 25.5 → 90.5
    assertContains(out, "Total 总分 90.50 / 100 → 优秀 excellent");
    assertContains(out, "Findings 发现 (4)");
    assertContains(out, "检查项“gate-2”（来访登记“四个一律”）得分 7，满分 10。");
  }

  @Test
  void endsWithTheEnergyReport() {
    String out = runDemo();
    // Appended after the self-inspection; its figures are worked by hand in EnergyReportTest.
    assertTrue(out.indexOf("(totals exact to 16 significant digits") < out.indexOf("能耗与碳排放 Energy and carbon 2023"));
    assertContains(out, "综合能耗 Total 114,002.37 kgce = 114.00 tce");
  }

  @Test
  void endsWithTheSafetyReport() {
    String out = runDemo();
    // Appended after the energy report; its figures are worked by hand in SafetyReportTest.
    assertTrue(out.indexOf("能耗与碳排放 Energy and carbon 2023") < out.indexOf("隐患台账与风险 Hazard register and risks"));
    assertContains(out, "整改率 rectification 7/13 = 0.5385");
    assertContains(out, "→ MAJOR_BY_COUNT 重大火灾隐患");
  }

  @Test
  void endsWithTheLogisticsReport() {
    String out = runDemo();
    // Appended last; its figures are worked by hand in LogisticsReportTest.
    assertTrue(out.indexOf("人员配备与校园周边安全区域") < out.indexOf("后勤 Logistics"));
    // 6 + 7 + 6 + 5 + 6 + 4 = 34 occupants of 6 × 6 = 36 beds → 0.9444
    assertContains(out, "building 34/36 = 0.9444");
  }

  private static void assertContains(String out, String expected) {
    assertTrue(out.contains(expected), () -> "missing «" + expected + "» in:\n" + out);
  }
}
