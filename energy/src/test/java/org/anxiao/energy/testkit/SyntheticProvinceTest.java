package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.testkit.province.BadReading;
import org.anxiao.energy.testkit.province.Granularity;
import org.anxiao.energy.testkit.province.ProvinceReading;
import org.anxiao.energy.testkit.province.ProvinceSchool;
import org.anxiao.energy.testkit.province.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthetic province of the Spark roll-up (issue 13): deterministic, Shanghai's 16 known
 * districts, well-formed good rows, gaps and meter replacements at the rates set, 15-minute
 * electricity, and bad rows labelled with their errors.
 */
class SyntheticProvinceTest {
  private static final List<String> SHANGHAI = List.of("310101", "310104", "310105", "310106", "310107", "310109",
      "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151");
  private static final Set<String> CARRIERS = Set.of("ELECTRICITY", "NATURAL_GAS", "DIESEL");
  private static final Map<String, Set<String>> UNITS = Map.of("ELECTRICITY", Set.of("kWh", "MWh"), "NATURAL_GAS",
      Set.of("m3"), "DIESEL", Set.of("kg", "t"));

  private static List<ProvinceReading> rows(SyntheticProvince p, int school) {
    List<ProvinceReading> out = new ArrayList<>();
    p.readings(school).forEachRemaining(out::add);
    return out;
  }

  /** A (school, carrier, month) key. */
  private static String key(ProvinceReading r) {
    return r.schoolId() + "/" + r.carrier() + "/" + YearMonth.from(r.periodStart());
  }

  @Test
  void theSameSeedAndSettingsGiveEqualTablesAndAnotherSeedOthers() {
    SyntheticProvince a = SyntheticProvince.builder(42).schools(32).years(2021, 2).badRows(9).build();
    SyntheticProvince b = SyntheticProvince.builder(42).schools(32).years(2021, 2).badRows(9).build();
    assertEquals(a.schools(), b.schools());
    assertEquals(a.readings(), b.readings());
    assertEquals(a.badReadings(), b.badReadings());
    assertEquals(a.goodRowCount(), b.goodRowCount());
    assertEquals(rows(a, 5), rows(a, 5), "readings(int) gives the same rows on every call");
    assertEquals(42, a.seed());
    assertEquals(2021, a.firstYear());
    assertEquals(2, a.years());
    assertEquals(Granularity.MONTHLY, a.granularity());

    SyntheticProvince c = SyntheticProvince.builder(43).schools(32).years(2021, 2).badRows(9).build();
    assertNotEquals(a.schools(), c.schools());
    assertNotEquals(a.readings(), c.readings());
    assertNotEquals(a.badReadings(), c.badReadings());
  }

  @Test
  void goodRowsDoNotDependOnBadRowsNorSchoolsOnTheRates() {
    SyntheticProvince a = SyntheticProvince.builder(7).build();
    SyntheticProvince b = SyntheticProvince.builder(7).badRows(12).build();
    assertEquals(rows(a, 3), rows(b, 3));
    assertEquals(a.schools(), SyntheticProvince.builder(7).gapRate(0.5).replacementRate(0.5).build().schools());
  }

  @Test
  void theProvinceIsShanghaiWithItsSixteenKnownDistrictsEachWithSchools() {
    JurisdictionDirectory directory = JurisdictionDirectory.standard();
    SyntheticProvince p = SyntheticProvince.builder(1).schools(37).build();
    assertEquals(SHANGHAI, p.districts());
    for (String d : p.districts()) {
      directory.require(JurisdictionCode.of(d));
      assertTrue(directory.chain(JurisdictionCode.of(d)).contains(JurisdictionCode.of("310000")), d);
    }
    assertEquals(37, p.schoolCount());
    assertEquals(37, p.schools().size());
    Map<String, Long> perDistrict = p.schools().stream()
        .collect(Collectors.groupingBy(ProvinceSchool::jurisdiction, TreeMap::new, Collectors.counting()));
    assertEquals(SHANGHAI, List.copyOf(perDistrict.keySet()));
    // Round-robin: 37 = 2 × 16 + 5, so the first five districts have 3 schools and the rest 2.
    for (int d = 0; d < SHANGHAI.size(); d++) {
      assertEquals(d < 5 ? 3 : 2, perDistrict.get(SHANGHAI.get(d)), SHANGHAI.get(d));
    }
  }

  @Test
  void schoolIdsAreUniqueSortedAndNumberedWithinTheirDistrict() {
    SyntheticProvince p = SyntheticProvince.builder(2).schools(400).build();
    List<String> ids = p.schools().stream().map(ProvinceSchool::id).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size());
    assertEquals(ids.stream().sorted().toList(), ids);
    Map<String, Integer> next = new TreeMap<>();
    for (ProvinceSchool s : p.schools()) {
      assertTrue(s.id().matches("[0-9]{6}-[0-9]{4}"), s.id());
      assertEquals(s.jurisdiction(), s.id().substring(0, 6));
      int n = next.merge(s.jurisdiction(), 1, Integer::sum);
      assertEquals(String.format("%04d", n), s.id().substring(7));
      assertTrue(s.area() >= 8_000 && s.area() <= 120_000 && s.area() == Math.rint(s.area()), s.toString());
      assertTrue(s.population() >= Math.floor(s.area() / 12) && s.population() <= s.area() / 6, s.toString());
    }
  }

  @Test
  void everyGoodRowIsWellFormed() {
    SyntheticProvince p = SyntheticProvince.builder(3).build();
    Set<String> ids = p.schools().stream().map(ProvinceSchool::id).collect(Collectors.toSet());
    LocalDateTime from = LocalDateTime.of(2020, 1, 1, 0, 0);
    LocalDateTime to = LocalDateTime.of(2024, 1, 1, 0, 0);
    List<ProvinceReading> rows = p.readings();
    assertEquals(p.goodRowCount(), rows.size());
    for (ProvinceReading r : rows) {
      assertTrue(ids.contains(r.schoolId()), r.toString());
      assertTrue(CARRIERS.contains(r.carrier()), r.toString());
      Carrier carrier = Carrier.valueOf(r.carrier());
      assertTrue(UNITS.get(r.carrier()).contains(r.unit()), r.toString());
      assertTrue(AnxiaoUnits.unit(r.unit()).isCompatible(AnxiaoUnits.unit(carrier.unit())), r.toString());
      assertTrue(Double.isFinite(r.value()) && r.value() > 0, r.toString());
      assertEquals(Math.round(r.value() * 1000) / 1000.0, r.value(), r.toString());
      assertFalse(r.periodStart().isBefore(from) || !r.periodStart().isBefore(to), r.toString());
      assertEquals(YearMonth.from(r.periodStart()).atDay(1).atStartOfDay(), r.periodStart(), "monthly: " + r);
      assertTrue(r.meterId().equals(r.schoolId() + "-" + r.carrier() + "-1")
          || r.meterId().equals(r.schoolId() + "-" + r.carrier() + "-2"), r.toString());
    }
    // Rows come in school order, each school's months in order.
    List<String> schoolOrder = rows.stream().map(ProvinceReading::schoolId).distinct().toList();
    assertEquals(p.schools().stream().map(ProvinceSchool::id).toList(), schoolOrder);
  }

  @Test
  void intensitiesTrendsUnitsAndDieselAreAsDescribed() {
    SyntheticProvince p = SyntheticProvince.builder(4).schools(400).gapRate(0).build();
    int diesel = 0;
    int rising = 0;
    int fallingMoreThanThreePercent = 0;
    long electricityMonths = 0;
    long megawattHourMonths = 0;
    long dieselMonths = 0;
    long tonneMonths = 0;
    for (int i = 0; i < p.schoolCount(); i++) {
      ProvinceSchool s = p.schools().get(i);
      double[][] perYear = new double[3][4];
      Set<String> megawattHours = new HashSet<>();
      Set<String> tonnes = new HashSet<>();
      for (Iterator<ProvinceReading> it = p.readings(i); it.hasNext();) {
        ProvinceReading r = it.next();
        int c = List.of("ELECTRICITY", "NATURAL_GAS", "DIESEL").indexOf(r.carrier());
        boolean thousands = r.unit().equals("MWh") || r.unit().equals("t");
        perYear[c][r.periodStart().getYear() - 2020] += thousands ? r.value() * 1000 : r.value();
        if (r.unit().equals("MWh")) {
          megawattHours.add(key(r));
        }
        if (r.unit().equals("t")) {
          tonnes.add(key(r));
        }
      }
      electricityMonths += 48;
      megawattHourMonths += megawattHours.size();
      double electricity = perYear[0][0] / s.area();
      double gas = perYear[1][0] / s.area();
      assertTrue(electricity > 35 * 0.95 && electricity < 90 * 1.05, s + ": " + electricity + " kWh/m²");
      assertTrue(gas > 0.5 * 0.95 && gas < 4 * 1.05, s + ": " + gas + " m³/m²");
      if (perYear[2][0] > 0) {
        diesel++;
        dieselMonths += 48;
        tonneMonths += tonnes.size();
        double d = perYear[2][0] / s.area();
        assertTrue(d > 0.01 * 0.95 && d < 0.1 * 1.05, s + ": " + d + " kg/m²");
      }
      double ratio = perYear[0][3] / perYear[0][0];
      assertTrue(ratio > Math.pow(0.96, 3) * 0.95 && ratio < Math.pow(1.03, 3) * 1.05, s + ": " + ratio);
      if (ratio > 1) {
        rising++;
      }
      if (ratio < 0.97) {
        fallingMoreThanThreePercent++;
      }
    }
    assertTrue(diesel >= 0.25 * 400 && diesel <= 0.35 * 400, "schools with diesel: " + diesel);
    assertTrue(rising > 40 && fallingMoreThanThreePercent > 40, rising + " rising, " + fallingMoreThanThreePercent
        + " on track for a 3 % cut");
    double mwh = (double) megawattHourMonths / electricityMonths;
    double t = (double) tonneMonths / dieselMonths;
    assertTrue(mwh > 0.08 && mwh < 0.12, "share of electricity months in MWh: " + mwh);
    assertTrue(t > 0.07 && t < 0.13, "share of diesel months in t: " + t);
  }

  /** The gap and replacement rates observed on 400 schools: {gap rate, replacement rate}. */
  private static double[] observedRates(SyntheticProvince p) {
    long triples = 0;
    long present = 0;
    long series = 0;
    long replaced = 0;
    int months = p.years() * 12;
    for (int i = 0; i < p.schoolCount(); i++) {
      Set<String> keys = new HashSet<>();
      Set<String> carriers = new HashSet<>();
      Set<String> replacedCarriers = new HashSet<>();
      for (Iterator<ProvinceReading> it = p.readings(i); it.hasNext();) {
        ProvinceReading r = it.next();
        keys.add(key(r));
        carriers.add(r.carrier());
        if (r.meterId().endsWith("-2")) {
          replacedCarriers.add(r.carrier());
        }
      }
      triples += (long) carriers.size() * months;
      present += keys.size();
      series += carriers.size();
      replaced += replacedCarriers.size();
    }
    return new double[] {1 - (double) present / triples, (double) replaced / series};
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 5, 20_240_613})
  void gapsAndReplacementsComeAtTheRatesSet(long seed) {
    // About 44 000 (school, carrier, month) triples and 920 series: the bands are about 7 (3.5 for the
    // set rate) and 3 standard deviations of independent draws. Without the split() of each school's
    // SplittableRandom, seeds 0 and 5 give schools shifted copies of one stream and miss the gap bands.
    double[] defaults = observedRates(SyntheticProvince.builder(seed).schools(400).build());
    assertTrue(defaults[0] > 0.015 && defaults[0] < 0.025, "gap rate " + defaults[0]);
    assertTrue(defaults[1] > 0.03 && defaults[1] < 0.07, "replacement rate " + defaults[1]);
    double[] set = observedRates(SyntheticProvince.builder(seed).schools(400).gapRate(0.1).replacementRate(0.3).build());
    assertTrue(set[0] > 0.095 && set[0] < 0.105, "gap rate " + set[0]);
    assertTrue(set[1] > 0.25 && set[1] < 0.35, "replacement rate " + set[1]);
    double[] none = observedRates(SyntheticProvince.builder(seed).gapRate(0).replacementRate(0).build());
    assertEquals(0, none[0]);
    assertEquals(0, none[1]);
  }

  @Test
  void aReplacementMonthHasTheOldAndTheNewMeterAndLaterMonthsOnlyTheNew() {
    SyntheticProvince p = SyntheticProvince.builder(6).replacementRate(0.5).build();
    int replacements = 0;
    for (int i = 0; i < p.schoolCount(); i++) {
      Map<String, List<ProvinceReading>> bySeries = rows(p, i).stream()
          .collect(Collectors.groupingBy(ProvinceReading::carrier));
      for (List<ProvinceReading> series : bySeries.values()) {
        Map<YearMonth, List<ProvinceReading>> byMonth = series.stream()
            .collect(Collectors.groupingBy(r -> YearMonth.from(r.periodStart()), TreeMap::new, Collectors.toList()));
        List<YearMonth> both = byMonth.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
            .toList();
        if (series.stream().noneMatch(r -> r.meterId().endsWith("-2"))) {
          assertTrue(both.isEmpty());
          continue;
        }
        replacements++;
        assertEquals(1, both.size(), "one replacement month: " + both);
        YearMonth m = both.get(0);
        assertNotEquals(YearMonth.of(2020, 1), m, "never the first month");
        List<ProvinceReading> two = byMonth.get(m);
        assertEquals(2, two.size());
        assertTrue(two.get(0).meterId().endsWith("-1") && two.get(1).meterId().endsWith("-2"), two.toString());
        assertEquals(two.get(0).unit(), two.get(1).unit());
        double share = two.get(0).value() / (two.get(0).value() + two.get(1).value());
        assertTrue(share > 0.199 && share < 0.801, "the old meter's share " + share);
        byMonth.forEach((month, rows) -> {
          if (month.isBefore(m)) {
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).meterId().endsWith("-1"), rows.toString());
          } else if (month.isAfter(m)) {
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).meterId().endsWith("-2"), rows.toString());
          }
        });
      }
    }
    assertTrue(replacements > 20, "replacements seen: " + replacements);
  }

  @Test
  void theGoodRowCountIsTheRowsLessTheBadOnes() {
    SyntheticProvince p = SyntheticProvince.builder(8).schools(50).badRows(10).build();
    assertEquals(p.goodRowCount(), p.readings().size() - 10L);
    SyntheticProvince q = SyntheticProvince.builder(8).years(2023, 1).granularity(Granularity.FIFTEEN_MINUTES).build();
    long rows = 0;
    for (int i = 0; i < q.schoolCount(); i++) {
      for (Iterator<ProvinceReading> it = q.readings(i); it.hasNext(); it.next()) {
        rows++;
      }
    }
    assertEquals(q.goodRowCount(), rows);
    Iterator<ProvinceReading> it = q.readings(0);
    it.forEachRemaining(r -> { });
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void fifteenMinuteElectricityHasEverySlotOfEachMonthNotMissing() {
    // The smallest province has 16 schools; two of them are read (readings(int) is lazy).
    SyntheticProvince p = SyntheticProvince.builder(9).schools(16).years(2023, 1).granularity(Granularity.FIFTEEN_MINUTES)
        .gapRate(0.1).replacementRate(1).build();
    for (int i = 0; i < 2; i++) {
      List<ProvinceReading> rows = rows(p, i);
      List<ProvinceReading> electricity = rows.stream().filter(r -> r.carrier().equals("ELECTRICITY")).toList();
      Map<YearMonth, List<ProvinceReading>> byMonth = electricity.stream()
          .collect(Collectors.groupingBy(r -> YearMonth.from(r.periodStart()), TreeMap::new, Collectors.toList()));
      int missing = 0;
      for (int m = 1; m <= 12; m++) {
        YearMonth ym = YearMonth.of(2023, m);
        List<ProvinceReading> slots = byMonth.get(ym);
        if (slots == null) {
          missing += ym.lengthOfMonth() * 96;
          continue;
        }
        assertEquals(ym.lengthOfMonth() * 96, slots.size(), ym.toString());
        for (int s = 0; s < slots.size(); s++) {
          assertEquals(ym.atDay(1).atStartOfDay().plusMinutes(15L * s), slots.get(s).periodStart());
        }
        // One unit for the month: kWh, or MWh for a tenth of months.
        assertEquals(1, slots.stream().map(ProvinceReading::unit).distinct().count());
      }
      assertTrue(missing < 35_040, "some months are read");
      assertEquals(35_040 - missing, electricity.size(), "school " + i + ": 35 040 slots in 2023 less the gaps");
      // Every series has a replacement: the slots split, -1 before the seeded slot and -2 from it on.
      List<String> meters = electricity.stream().map(ProvinceReading::meterId).toList();
      int first2 = meters.indexOf(p.schools().get(i).id() + "-ELECTRICITY-2");
      assertTrue(first2 > 0, "the old meter reads first");
      assertTrue(meters.subList(0, first2).stream().allMatch(m -> m.endsWith("-1")));
      assertTrue(meters.subList(first2, meters.size()).stream().allMatch(m -> m.endsWith("-2")));
      YearMonth switchMonth = YearMonth.from(electricity.get(first2).periodStart());
      List<ProvinceReading> month = byMonth.get(switchMonth);
      long old = month.stream().filter(r -> r.meterId().endsWith("-1")).count();
      assertTrue(old >= 0.2 * month.size() - 1 && old <= 0.8 * month.size() + 1, old + " of " + month.size());
      // The day/night shape: noon slots above the 03:00 ones (in kWh months).
      double noon = electricity.stream().filter(r -> r.unit().equals("kWh") && r.periodStart().getHour() == 12)
          .mapToDouble(ProvinceReading::value).average().orElseThrow();
      double night = electricity.stream().filter(r -> r.unit().equals("kWh") && r.periodStart().getHour() == 3)
          .mapToDouble(ProvinceReading::value).average().orElseThrow();
      assertTrue(noon > 2 * night, noon + " vs " + night);
      // Gas and diesel stay monthly.
      rows.stream().filter(r -> !r.carrier().equals("ELECTRICITY"))
          .forEach(r -> assertEquals(YearMonth.from(r.periodStart()).atDay(1).atStartOfDay(), r.periodStart()));
      assertTrue(rows.stream().allMatch(r -> r.value() > 0 && Double.isFinite(r.value())));
    }
  }

  @Test
  void badRowsCycleThroughTheFourKindsWithTheirErrors() {
    SyntheticProvince p = SyntheticProvince.builder(10).badRows(10).build();
    List<BadReading> bad = p.badReadings();
    assertEquals(10, bad.size());
    Set<String> ids = p.schools().stream().map(ProvinceSchool::id).collect(Collectors.toSet());
    List<ProvinceReading> all = p.readings();
    assertEquals(bad.stream().map(BadReading::reading).toList(), all.subList(all.size() - 10, all.size()),
        "bad rows appended after the good ones");
    Set<String> carrierNames = Arrays.stream(Carrier.values()).map(Carrier::name).collect(Collectors.toSet());
    for (int i = 0; i < bad.size(); i++) {
      BadReading b = bad.get(i);
      ProvinceReading r = b.reading();
      assertEquals(YearMonth.from(r.periodStart()).atDay(1).atStartOfDay(), r.periodStart());
      assertTrue(r.periodStart().getYear() >= 2020 && r.periodStart().getYear() <= 2023, r.toString());
      AnxiaoUnits.unit(r.unit());
      switch (i % 4) {
        case 0 -> {
          assertEquals(List.of("COAL_GAS", "UNKNOWN_CODE", "carrier"), List.of(r.carrier(), b.errorCode(), b.field()));
          assertFalse(carrierNames.contains(r.carrier()));
          assertTrue(ids.contains(r.schoolId()) && r.value() > 0);
        }
        case 1 -> {
          assertEquals(List.of("ELECTRICITY", "INVALID_VALUE", "value"), List.of(r.carrier(), b.errorCode(), b.field()));
          assertEquals(-12.5, r.value());
          assertEquals("kWh", r.unit());
          assertTrue(ids.contains(r.schoolId()));
        }
        case 2 -> {
          assertEquals(List.of("ELECTRICITY", "m3", "UNIT_MISMATCH", "unit"),
              List.of(r.carrier(), r.unit(), b.errorCode(), b.field()));
          assertFalse(AnxiaoUnits.unit(r.unit()).isCompatible(AnxiaoUnits.unit(Carrier.ELECTRICITY.unit())));
          assertTrue(ids.contains(r.schoolId()) && r.value() > 0);
        }
        default -> {
          assertEquals(List.of("310999-9999", "ELECTRICITY", "UNKNOWN_CODE", "school_id"),
              List.of(r.schoolId(), r.carrier(), b.errorCode(), b.field()));
          assertFalse(ids.contains(r.schoolId()));
          assertTrue(JurisdictionDirectory.standard().find(JurisdictionCode.of("310999")).isEmpty());
          assertTrue(r.value() > 0 && r.unit().equals("kWh"));
        }
      }
    }
    assertTrue(SyntheticProvince.builder(10).build().badReadings().isEmpty());
  }

  @Test
  void theBuilderRefusesSettingsOutOfRange() {
    SyntheticProvince.Builder b = SyntheticProvince.builder(0);
    assertThrows(IllegalArgumentException.class, () -> b.schools(15));
    assertThrows(IllegalArgumentException.class, () -> b.years(2020, 0));
    assertThrows(IllegalArgumentException.class, () -> b.years(1800, 1));
    assertThrows(IllegalArgumentException.class, () -> b.gapRate(-0.1));
    assertThrows(IllegalArgumentException.class, () -> b.replacementRate(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.badRows(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> b.build().readings(64));
  }
}
