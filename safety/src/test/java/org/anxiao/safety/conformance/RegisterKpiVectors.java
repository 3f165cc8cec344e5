package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.Period;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.register.CampaignReports;
import org.anxiao.safety.register.DaysToClose;
import org.anxiao.safety.register.DepartmentSample;
import org.anxiao.safety.register.DepartmentWeek;
import org.anxiao.safety.register.Kpis;
import org.anxiao.safety.register.OutcomeCounts;
import org.anxiao.safety.register.Rate;
import org.anxiao.safety.register.RegisterEntry;
import org.anxiao.safety.register.RegisterFigures;
import org.anxiao.safety.register.RegisterKpiResult;
import org.anxiao.safety.register.RegisterKpis;
import org.anxiao.safety.register.RollUpLevel;
import org.anxiao.safety.register.SpotCheckSample;
import org.anxiao.safety.register.SpotChecks;
import org.anxiao.safety.register.WeeklyReport;

/**
 * Runs {@code conformance/safety/register-kpis.json}: the register KPIs of {@code input.entries} over
 * {@code input.period}, as one group or, with {@code input.level}, rolled up; only the keys present
 * in {@code expected} are compared. With {@code input.spotCheck} the test asks for the spot-check sample, with {@code input.weekly} for the campaign weekly report.
 */
final class RegisterKpiVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.register-kpis", RegisterKpiVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");

  private RegisterKpiVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode params = group.path("parameters");
    JsonNode input = test.path("input");
    RegisterKpis kpis = RegisterKpis.in(RuleContext.standard(JurisdictionCode.of(params.path("jurisdiction").asText()),
        LocalDate.parse(params.path("date").asText())));
    if (input.has("weekly")) {
      CampaignReports reports = CampaignReports.in(RuleContext.standard(
          JurisdictionCode.of(params.path("jurisdiction").asText()), LocalDate.parse(params.path("date").asText())));
      VectorOutcomes.expect(test, () -> reports.week(SUBJECT, LocalDate.parse(input.path("weekly").path("day").asText()),
          entries(input)), RegisterKpiVectors::checkWeek);
    } else if (input.has("spotCheck")) {
      JsonNode sc = input.get("spotCheck");
      VectorOutcomes.expect(test, () -> SpotChecks.sample(entries(input), LocalDate.parse(sc.path("asOf").asText()),
          new BigDecimal(sc.path("proportion").asText()), sc.path("seed").asText()), RegisterKpiVectors::checkSample);
    } else if (input.has("level")) {
      VectorOutcomes.expect(test, () -> kpis.rollUp(Period.parse(input.path("period").asText()), entries(input),
          RollUpLevel.valueOf(input.path("level").asText())), RegisterKpiVectors::checkGroups);
    } else {
      VectorOutcomes.expect(test, () -> kpis.calculate(SUBJECT, Period.parse(input.path("period").asText()), entries(input)),
          RegisterKpiVectors::checkOne);
    }
  }

  private static void checkWeek(WeeklyReport r, JsonNode expected) {
    assertEquals(LocalDate.parse(expected.path("week").path("start").asText()), r.week().start(), "week.start");
    assertEquals(LocalDate.parse(expected.path("week").path("end").asText()), r.week().end(), "week.end");
    assertEquals(texts(expected.path("phases")), r.phases(), "phases");
    assertEquals(texts(expected.path("dueDates")), r.dueDates().stream().map(d -> d.date().toString()).toList(), "dueDates");
    JsonNode want = expected.path("departments");
    assertEquals(new TreeSet<>(names(want)), r.departments().keySet(), "departments keys");
    want.properties().forEach(e -> {
      DepartmentWeek got = r.departments().get(e.getKey());
      JsonNode w = e.getValue();
      String at = "departments." + e.getKey();
      assertEquals(w.path("foundThisWeek").asLong(), got.foundThisWeek(), at + ".foundThisWeek");
      assertEquals(w.path("closedThisWeek").asLong(), got.closedThisWeek(), at + ".closedThisWeek");
      assertEquals(w.path("foundToDate").asLong(), got.foundToDate(), at + ".foundToDate");
      assertEquals(w.path("closedToDate").asLong(), got.closedToDate(), at + ".closedToDate");
      assertEquals(w.path("open").asLong(), got.open(), at + ".open");
      assertEquals(w.path("overdue").asLong(), got.overdue(), at + ".overdue");
      assertEquals(w.path("hardToResolve").asLong(), got.hardToResolve(), at + ".hardToResolve");
    });
  }

  private static void checkSample(SpotCheckSample s, JsonNode expected) {
    JsonNode want = expected.path("byDepartment");
    assertEquals(new TreeSet<>(names(want)), s.byDepartment().keySet(), "byDepartment keys");
    want.properties().forEach(e -> {
      DepartmentSample got = s.byDepartment().get(e.getKey());
      assertEquals(e.getValue().path("eligible").asLong(), got.eligible(), e.getKey() + ".eligible");
      assertEquals(texts(e.getValue().path("sampled")), got.sampled(), e.getKey() + ".sampled");
    });
  }

  private static List<RegisterEntry> entries(JsonNode input) {
    List<RegisterEntry> entries = new ArrayList<>();
    input.path("entries").forEach(e -> entries.add(VectorOutcomes.bind(e, RegisterEntry.class)));
    return entries;
  }

  private static void checkGroups(SortedMap<String, RegisterKpiResult> results, JsonNode expected) {
    JsonNode groups = expected.path("groups");
    List<String> keys = new ArrayList<>();
    groups.fieldNames().forEachRemaining(keys::add);
    assertEquals(new TreeSet<>(keys), results.keySet(), "group keys");
    for (String k : keys) {
      checkFigures("groups." + k, results.get(k).figures(), groups.get(k));
    }
  }

  private static void checkOne(RegisterKpiResult r, JsonNode expected) {
    checkFigures("", r.figures(), expected);
    if (expected.has("findings")) {
      List<String> want = new ArrayList<>();
      expected.path("findings").forEach(f -> want.add(f.asText()));
      assertEquals(want, r.findings().stream().map(Finding::code).map(Object::toString).toList(), "findings");
    }
  }

  private static void checkFigures(String at, RegisterFigures f, JsonNode want) {
    if (want.has("overall")) {
      checkKpis(at + "overall", want.get("overall"), f.overall());
    }
    if (want.has("byGrade")) {
      want.get("byGrade").properties().forEach(e ->
          checkKpis(at + "byGrade." + e.getKey(), e.getValue(), f.byGrade().get(HazardGrade.valueOf(e.getKey()))));
    }
    checkMap(at + "byArea", want.path("byArea"), f.byArea());
    checkMap(at + "byDepartment", want.path("byDepartment"), f.byDepartment());
    if (want.has("dynamicZeroing")) {
      assertEquals(want.get("dynamicZeroing").asBoolean(), f.dynamicZeroing(), at + "dynamicZeroing");
    }
    if (want.has("zeroingBreaches")) {
      assertEquals(texts(want.get("zeroingBreaches")), f.zeroingBreaches(), at + "zeroingBreaches");
    }
    if (want.has("outcomes")) {
      checkOutcomes(at + "outcomes", want.get("outcomes"), f.outcomes());
    }
    if (want.has("outcomesByDepartment")) {
      JsonNode o = want.get("outcomesByDepartment");
      assertEquals(new TreeSet<>(names(o)), f.outcomesByDepartment().keySet(), at + "outcomesByDepartment keys");
      o.properties().forEach(e ->
          checkOutcomes(at + "outcomesByDepartment." + e.getKey(), e.getValue(), f.outcomesByDepartment().get(e.getKey())));
    }
  }

  private static void checkMap(String at, JsonNode want, Map<String, Kpis> got) {
    if (want.isMissingNode()) {
      return;
    }
    assertEquals(new TreeSet<>(names(want)), got.keySet(), at + " keys");
    want.properties().forEach(e -> checkKpis(at + "." + e.getKey(), e.getValue(), got.get(e.getKey())));
  }

  private static void checkKpis(String at, JsonNode want, Kpis got) {
    assertTrue(got != null, at + " is missing");
    assertEquals(want.path("found").asLong(), got.found(), at + ".found");
    assertEquals(want.path("closed").asLong(), got.closed(), at + ".closed");
    assertEquals(want.path("open").asLong(), got.open(), at + ".open");
    checkRate(at + ".rectification", want.path("rectification"), got.rectification());
    checkRate(at + ".onTime", want.path("onTime"), got.onTime());
    assertEquals(texts(want.path("overdue")), got.overdue(), at + ".overdue");
    JsonNode d = want.path("daysToClose");
    DaysToClose days = got.daysToClose();
    assertEquals(d.path("count").asLong(), days.count(), at + ".daysToClose.count");
    assertEquals(d.path("total").asLong(), days.total(), at + ".daysToClose.total");
    checkOptional(at + ".daysToClose.mean", d.path("mean"), days.mean());
    checkOptional(at + ".daysToClose.median", d.path("median"), days.median());
  }

  private static void checkRate(String at, JsonNode want, Rate got) {
    assertEquals(want.path("numerator").asLong(), got.numerator(), at + ".numerator");
    assertEquals(want.path("denominator").asLong(), got.denominator(), at + ".denominator");
    checkOptional(at + ".value", want.path("value"), got.value());
  }

  private static void checkOptional(String at, JsonNode want, java.util.Optional<java.math.BigDecimal> got) {
    if (want.isNull()) {
      assertTrue(got.isEmpty(), at + " must be absent, is " + got);
    } else {
      assertTrue(got.isPresent(), at + " is absent");
      VectorOutcomes.assertDecimal(at, want, got.get());
    }
  }

  private static void checkOutcomes(String at, JsonNode want, OutcomeCounts got) {
    assertTrue(got != null, at + " is missing");
    assertEquals(want.path("resolved").asLong(), got.resolved(), at + ".resolved");
    assertEquals(want.path("resolvingWithDeadline").asLong(), got.resolvingWithDeadline(), at + ".resolvingWithDeadline");
    assertEquals(want.path("hardToResolve").asLong(), got.hardToResolve(), at + ".hardToResolve");
    assertEquals(want.path("none").asLong(), got.none(), at + ".none");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    Iterator<String> it = object.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }
}
