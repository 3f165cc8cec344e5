package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.OCTOBER;
import static org.anxiao.logistics.waste.WasteFixtures.campus;
import static org.anxiao.logistics.waste.WasteFixtures.mass;
import static org.anxiao.logistics.waste.WasteFixtures.masses;
import static org.anxiao.logistics.waste.WasteFixtures.sorting;
import static org.anxiao.logistics.waste.WasteFixtures.streamTargets;
import static org.anxiao.logistics.waste.WasteFixtures.streams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** Waste-sorting figures worked by hand under the shipped Shanghai pack and fictional TEST packs. */
class WasteSortingTest {
  private static Optional<BigDecimal> dec(String v) {
    return Optional.of(new BigDecimal(v));
  }

  @Test
  void workedMonthUnderTheShippedPack() {
    // Total 300 + 2 + 900 + 798 = 2 000 kg. Shares: 300/2000 = 0.1500, 2/2000 = 0.0010, 900/2000 = 0.4500,
    // 798/2000 = 0.3990 (sum 1.0000). Accuracy 183/200 = 0.915 → 0.9150. Recycling (RECYCLABLE only,
    // on-site wet not counted): 300/2000 = 0.1500. On-site share 360/900 = 0.4000.
    // Per person per day: 2 000 / ((1 800 + 200) × 22) = 2 000 / 44 000 = 0.04545… → 0.045.
    WasteSortingResult r = sorting().sort(campus());
    WasteFigures f = r.figures();
    assertEquals(0, new BigDecimal("2000").compareTo(f.totalKg()));
    assertEquals(dec("0.1500"), f.share(WasteStream.RECYCLABLE));
    assertEquals(dec("0.0010"), f.share(WasteStream.HAZARDOUS));
    assertEquals(dec("0.4500"), f.share(WasteStream.WET));
    assertEquals(dec("0.3990"), f.share(WasteStream.RESIDUAL));
    assertEquals(List.of(WasteStream.values()), f.streams().stream().map(StreamShare::stream).toList());
    assertEquals(dec("0.9150"), f.sortingAccuracy());
    assertEquals(0, new BigDecimal("300").compareTo(f.recoveredKg()));
    assertEquals(dec("0.1500"), f.recyclingRate());
    assertEquals(dec("0.4000"), f.wetOnSiteShare());
    assertEquals(dec("0.045"), f.perPersonDay());
    assertEquals(List.of(), r.findings());
    assertEquals(Set.of(), r.targetsChecked());
    assertEquals(List.of("sh.logistics.waste-streams@1.0.0"), r.packs().stream().map(Object::toString).toList());
    assertEquals(List.of("streams", "recovered", "wetOnSiteRecovered"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList());
    assertEquals(SubjectKind.CAMPUS, r.subject().kind());
    assertEquals("main", r.subject().id());
    assertEquals(WasteSorting.ID, r.calculator());
    assertEquals(Optional.of(OCTOBER), r.period());
    assertEquals(campus(), r.inputs());
    assertEquals("anxiao.logistics.waste-sorting", r.toAssessment(Instant.parse("2024-11-01T00:00:00Z")).calculator());
  }

  @Test
  void wetOnSiteCountsWhenThePackSaysSo() {
    // TEST pack: wetOnSiteRecovered true → (300 + 360) / 2 000 = 0.33 → 0.3300.
    RulePack pack = streams("test.waste-wet-on-site", "SECONDARY", "\"wetOnSiteRecovered\": {\"type\": \"boolean\", \"value\": true}");
    WasteFigures f = sorting(pack).sort(campus()).figures();
    assertEquals(0, new BigDecimal("660").compareTo(f.recoveredKg()));
    assertEquals(dec("0.3300"), f.recyclingRate());
    // WET itself recovered: the on-site part is not counted twice: (300 + 900) / 2 000 = 0.6000.
    RulePack both = streams("test.waste-wet-recovered", "SECONDARY", """
        "wetOnSiteRecovered": {"type": "boolean", "value": true},
        "recovered": {"type": "text-list", "values": ["RECYCLABLE", "WET"]}""");
    assertEquals(dec("0.6000"), sorting(both).sort(campus()).figures().recyclingRate());
  }

  @Test
  void targetsMissedGiveFourFindings() {
    // TEST targets: accuracy 0.9150 < 0.95; recycling 0.1500 < 0.35; on-site 0.4000 < 0.5; 0.045 > 0.04 kg.
    WasteSortingResult r = sorting(streamTargets("SECONDARY")).sort(campus());
    assertEquals(Set.of(WasteMeasure.values()), r.targetsChecked());
    assertEquals(List.of("LOGISTICS.WASTE.SORTING_ACCURACY_BELOW_TARGET", "LOGISTICS.WASTE.RECYCLING_RATE_BELOW_TARGET",
        "LOGISTICS.WASTE.WET_ON_SITE_BELOW_TARGET", "LOGISTICS.WASTE.PER_PERSON_ABOVE_TARGET"), codes(r));
    Finding accuracy = r.findings().get(0);
    assertEquals(Severity.LOW, accuracy.severity());
    assertEquals(Optional.of(new Measure(new BigDecimal("0.9150"), "1")), accuracy.measured());
    assertEquals(Optional.of(new Measure(new BigDecimal("0.95"), "1")), accuracy.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), accuracy.comparison());
    assertEquals("minSortingAccuracy", accuracy.rules().get(0).parameter());
    assertEquals("Campus main, 2024-10: sorting accuracy 0.9150 (183 of 200 bins correctly sorted) is below"
        + " the target of at least 0.95"
        + " (test.waste-targets@1.0.0).", accuracy.message().en());
    assertEquals("校区 main，2024-10：垃圾分类准确率 0.9150（正确 183 / 200 桶次），低于目标下限 0.95（test.waste-targets@1.0.0）。",
        accuracy.message().zh());
    // The recycling rate rests on what counts as recovered too: the finding cites those values before its target.
    assertEquals(List.of("recovered", "wetOnSiteRecovered", "minRecyclingRate"),
        r.findings().get(1).rules().stream().map(a -> a.parameter()).toList());
    assertEquals(List.of(r.rulesApplied().get(1), r.rulesApplied().get(2), r.rulesApplied().get(4)),
        r.findings().get(1).rules());
    assertEquals(List.of(r.rulesApplied().get(5)), r.findings().get(2).rules());
    assertTrue(r.findings().get(1).message().en().contains("recycling rate 0.1500 (300 kg recovered of 2000 kg)"), r.findings().get(1).message().en());
    assertEquals("minWetOnSiteShare", r.findings().get(2).rules().get(0).parameter());
    assertTrue(r.findings().get(2).message().en().contains("wet waste 0.4000 (360 kg of 900 kg treated on site) is below the target of at least 0.5"));
    Finding perPerson = r.findings().get(3);
    assertEquals(Optional.of(new Measure(new BigDecimal("0.045"), "kg")), perPerson.measured());
    assertEquals(Optional.of(Comparison.AT_MOST), perPerson.comparison());
    assertEquals("maxPerPersonDay", perPerson.rules().get(0).parameter());
    assertTrue(perPerson.message().en().contains("0.045 kg of waste per person per day (2000 kg over 44000 person-days) is above"
        + " the target of at most 0.04 kg"));
    assertEquals(List.of("test.waste-targets@1.0.0", "sh.logistics.waste-streams@1.0.0"),
        r.packs().stream().map(Object::toString).toList());
  }

  @Test
  void targetsAtTheBoundaryAreMet() {
    // Masses 700 + 2 + 900 + 158 = 1 760 kg. Accuracy 190/200 = 0.9500 (= 0.95, met); on-site 450/900 = 0.5000
    // (= 0.5, met); per person 1 760 / (2 000 × 22) = 0.04 → 0.040 (= 0.04, met); recycling 700 / 1 760 = 0.3977 (met).
    WasteRecord atTarget = campus(masses("700", "2", "900", "158"), "450", 200, 190, 1_800, 200, 22);
    WasteSortingResult r = sorting(streamTargets("SECONDARY")).sort(atTarget);
    assertEquals(dec("0.040"), r.figures().perPersonDay());
    assertEquals(List.of(), r.findings());
    assertEquals(4, r.targetsChecked().size());
  }

  @Test
  void targetsJustBeyondTheBoundaryAreMissed() {
    // Masses 700 + 2 + 900 + 180 = 1 782 kg. Accuracy 189/200 = 0.9450 < 0.95 (missed);
    // recycling 700 / 1 782 = 0.39281… → 0.3928 (met); on-site 449.9 / 900 = 0.49988… → 0.4999 < 0.5 (missed);
    // per person 1 782 / 44 000 = 0.0405 → 0.041 half up (half even would give 0.040) > 0.04 (missed).
    WasteRecord beyond = campus(masses("700", "2", "900", "180"), "449.9", 200, 189, 1_800, 200, 22);
    WasteSortingResult r = sorting(streamTargets("SECONDARY")).sort(beyond);
    assertEquals(dec("0.041"), r.figures().perPersonDay());
    assertEquals(dec("0.4999"), r.figures().wetOnSiteShare());
    assertEquals(dec("0.9450"), r.figures().sortingAccuracy());
    assertEquals(dec("0.3928"), r.figures().recyclingRate());
    assertEquals(List.of("LOGISTICS.WASTE.SORTING_ACCURACY_BELOW_TARGET", "LOGISTICS.WASTE.WET_ON_SITE_BELOW_TARGET",
        "LOGISTICS.WASTE.PER_PERSON_ABOVE_TARGET"), codes(r));
    // Recycling just below: 699.8 / 2 000 = 0.3499 < 0.35; accuracy 190/200 = 0.9500, on-site 450/900 = 0.5000 and
    // 2 000 / (2 000 × 31) = 0.03225… → 0.032 are met.
    WasteRecord recyclingShort = campus(masses("699.8", "2", "900", "398.2"), "450", 200, 190, 1_800, 200, 31);
    assertEquals(List.of("LOGISTICS.WASTE.RECYCLING_RATE_BELOW_TARGET"),
        codes(sorting(streamTargets("SECONDARY")).sort(recyclingShort)));
  }

  @Test
  void roundingNeverHidesAMiss() {
    // The exact quotient is compared, not the rounded figure. Masses 699.9 + 2 + 900 + 398.1 = 2 000 kg.
    // Accuracy 18 999 / 20 000 = 0.94995 → 0.9500, but 18 999 < 0.95 × 20 000 = 19 000 (missed);
    // recycling 699.9 / 2 000 = 0.34995 → 0.3500, but 699.9 < 0.35 × 2 000 = 700 (missed);
    // on-site 449.99 / 900 = 0.499988… → 0.5000, but 449.99 < 0.5 × 900 = 450 (missed);
    // per person 2 000 / ((2 050 + 200) × 22) = 2 000 / 49 500 = 0.040404… → 0.040, but 2 000 > 0.04 × 49 500 = 1 980
    // (missed).
    WasteRecord hidden = campus(masses("699.9", "2", "900", "398.1"), "449.99", 20_000, 18_999, 2_050, 200, 22);
    WasteSortingResult r = sorting(streamTargets("SECONDARY")).sort(hidden);
    assertEquals(dec("0.9500"), r.figures().sortingAccuracy());
    assertEquals(dec("0.3500"), r.figures().recyclingRate());
    assertEquals(dec("0.5000"), r.figures().wetOnSiteShare());
    assertEquals(dec("0.040"), r.figures().perPersonDay());
    assertEquals(List.of("LOGISTICS.WASTE.SORTING_ACCURACY_BELOW_TARGET", "LOGISTICS.WASTE.RECYCLING_RATE_BELOW_TARGET",
        "LOGISTICS.WASTE.WET_ON_SITE_BELOW_TARGET", "LOGISTICS.WASTE.PER_PERSON_ABOVE_TARGET"), codes(r));
    assertTrue(r.findings().get(3).message().en().contains("0.040 kg of waste per person per day (2000 kg over 49500"
        + " person-days) is above the target of at most 0.04 kg"), r.findings().get(3).message().en());
    assertTrue(r.findings().get(1).message().zh().contains("资源回收率 0.3500（回收 699.9 千克 / 2000 千克）"),
        r.findings().get(1).message().zh());
    // On the targets exactly: 693 + 2 + 900 + 385 = 1 980 kg; 19 000 / 20 000 = 0.95, 693 / 1 980 = 0.35,
    // 450 / 900 = 0.5 and 1 980 / 49 500 = 0.04: all met.
    WasteRecord on = campus(masses("693", "2", "900", "385"), "450", 20_000, 19_000, 2_050, 200, 22);
    WasteSortingResult met = sorting(streamTargets("SECONDARY")).sort(on);
    assertEquals(dec("0.040"), met.figures().perPersonDay());
    assertEquals(dec("0.3500"), met.figures().recyclingRate());
    assertEquals(List.of(), met.findings());
  }

  @Test
  void unverifiedStreamsAreRefused() {
    RulePack pack = streams("test.waste-unverified", "UNVERIFIED", "");
    RulePackException e = assertThrows(RulePackException.class, () -> sorting(pack).sort(campus()));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  /** Targets alone, UNVERIFIED, over the shipped streams: the targets are skipped, the figures computed. */
  @Test
  void unverifiedTargetsOverShippedStreamsAreSkipped() {
    RulePack targets = streamTargetsOnly("UNVERIFIED");
    WasteSortingResult r = sorting(targets).sort(campus());
    assertEquals(Set.of(), r.targetsChecked());
    assertEquals(List.of("LOGISTICS.WASTE.NOT_CHECKED", "LOGISTICS.WASTE.NOT_CHECKED",
        "LOGISTICS.WASTE.NOT_CHECKED", "LOGISTICS.WASTE.NOT_CHECKED"), codes(r));
    assertEquals(Severity.INFO, r.findings().get(0).severity());
    assertEquals(List.of("minSortingAccuracy", "minRecyclingRate", "minWetOnSiteShare", "maxPerPersonDay"),
        r.findings().stream().map(f -> f.rules().get(0).parameter()).toList());
    assertEquals(org.anxiao.core.rule.Verification.UNVERIFIED, r.findings().get(3).rules().get(0).verification());
    assertEquals(dec("0.1500"), r.figures().recyclingRate());
    WasteSortingResult allowed = WasteSorting.in(WasteFixtures.allowing(targets)).sort(campus());
    assertEquals(4, allowed.findings().size());
    assertEquals(4, allowed.targetsChecked().size());
  }

  @Test
  void aStreamNotInForceIsAnUnknownCode() {
    // A TEST pack with three streams (no HAZARDOUS): the record's HAZARDOUS line is unknown there.
    RulePack three = streams("test.waste-three", "SECONDARY",
        "\"streams\": {\"type\": \"text-list\", \"values\": [\"RECYCLABLE\", \"WET\", \"RESIDUAL\"]}");
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> sorting(three).sort(campus()));
    assertEquals("masses[1].stream", e.field().orElseThrow());
    assertEquals("UNKNOWN_CODE", e.errorCode());
    // Without the HAZARDOUS line the record is sorted, three shares: 300/1998, 900/1998, 798/1998.
    WasteRecord noHazardous = campus(List.of(mass(WasteStream.RECYCLABLE, "300"), mass(WasteStream.WET, "900"),
        mass(WasteStream.RESIDUAL, "798")), "360", 200, 183, 1_800, 200, 22);
    WasteFigures f = sorting(three).sort(noHazardous).figures();
    assertEquals(3, f.streams().size());
    // 300 / 1 998 = 0.150150… → 0.1502; 900 / 1 998 = 0.450450… → 0.4505; 798 / 1 998 = 0.399399… → 0.3994.
    assertEquals(dec("0.1502"), f.share(WasteStream.RECYCLABLE));
    assertEquals(dec("0.4505"), f.share(WasteStream.WET));
    assertEquals(dec("0.3994"), f.share(WasteStream.RESIDUAL));
    assertEquals(Optional.empty(), f.share(WasteStream.HAZARDOUS));
  }

  @Test
  void aPackWhoseRecoveredStreamIsNotInForceIsRefused() {
    RulePack bad = streams("test.waste-bad", "SECONDARY", """
        "streams": {"type": "text-list", "values": ["WET", "RESIDUAL"]}""");
    RulePackException e = assertThrows(RulePackException.class, () -> sorting(bad));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.getMessage().contains("recovered"), e.getMessage());
    RulePack none = streams("test.waste-none", "SECONDARY", """
        "streams": {"type": "text-list", "values": []},
        "recovered": {"type": "text-list", "values": []}""");
    RulePackException empty = assertThrows(RulePackException.class, () -> sorting(none));
    assertTrue(empty.getMessage().contains("streams"), empty.getMessage());
  }

  @Test
  void zeroDenominatorsGiveNoValue() {
    // Nothing weighed, no bin inspected, nobody, no day: every rate empty, total 0, shares empty.
    WasteRecord empty = campus(List.of(), "0", 0, 0, 0, 0, 0);
    WasteFigures f = sorting(streamTargets("SECONDARY")).sort(empty).figures();
    assertEquals(0, BigDecimal.ZERO.compareTo(f.totalKg()));
    assertEquals(Optional.empty(), f.share(WasteStream.WET));
    assertEquals(Optional.empty(), f.sortingAccuracy());
    assertEquals(Optional.empty(), f.recyclingRate());
    assertEquals(Optional.empty(), f.wetOnSiteShare());
    assertEquals(Optional.empty(), f.perPersonDay());
    assertEquals(List.of(), sorting(streamTargets("SECONDARY")).sort(empty).findings());
    // People but no day, or days but nobody: still no per-person figure.
    assertEquals(Optional.empty(), sorting().sort(campus(masses("1"), "0", 0, 0, 10, 0, 0)).figures().perPersonDay());
    assertEquals(Optional.empty(), sorting().sort(campus(masses("1"), "0", 0, 0, 0, 0, 5)).figures().perPersonDay());
    // Staff alone count: 1 kg / (1 × 1) = 1.000.
    assertEquals(dec("1.000"), sorting().sort(campus(masses("1"), "0", 0, 0, 0, 1, 1)).figures().perPersonDay());
  }

  @Test
  void calculatorDescribesItself() {
    WasteSorting s = sorting();
    assertEquals(List.of(WasteStreamRule.KIND), s.requirements());
    assertEquals(WasteSorting.ID, s.id());
    assertTrue(s.toString().contains("sh.logistics.waste-streams@1.0.0"), s.toString());
    WasteSorting same = WasteSorting.of(WasteFixtures.context().bind(WasteStreamRule.KIND),
        org.anxiao.core.rule.VerificationPolicy.DEFAULT);
    assertEquals(s.sort(campus()).figures(), same.sort(campus()).figures());
  }

  static RulePack streamTargetsOnly(String verification) {
    return org.anxiao.core.testing.ShippedPacks.read("""
        {"schemaVersion": "1.0", "id": "test.waste-targets-only", "version": "1.0.0",
         "kind": "anxiao.logistics.waste-streams",
         "title": {"zh": "测试包（虚构）", "en": "Fictional TEST pack"},
         "jurisdiction": "310112", "validFrom": "2020-01-01",
         "source": {"issuer": "Anxiao tests (fictional)", "document": "WasteSortingTest", "year": 2026},
         "verification": "%s",
         "parameters": {
           "minSortingAccuracy": {"type": "decimal", "value": "0.95"},
           "minRecyclingRate": {"type": "decimal", "value": "0.35"},
           "minWetOnSiteShare": {"type": "decimal", "value": "0.5"},
           "maxPerPersonDay": {"type": "decimal", "value": "0.04", "unit": "kg"}}}
        """.formatted(verification));
  }

  private static List<String> codes(WasteSortingResult r) {
    return r.findings().stream().map(f -> f.code().toString()).toList();
  }
}
