package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.dualcontrol.DualControlProgress;
import org.anxiao.energy.dualcontrol.EnergyQuotas;
import org.anxiao.energy.dualcontrol.GlideTarget;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MetricProgress;
import org.anxiao.energy.dualcontrol.MonthlyActual;
import org.anxiao.energy.dualcontrol.QuotaAssessment;
import org.anxiao.energy.dualcontrol.SeasonalProfile;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;

/** Runs {@code conformance/energy/dual-control.json}: glide paths, progress (one school, a district) and quota tiers. */
final class DualControlVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.energy.dual-control", DualControlVectors::run, Set.of(),
      EnergyConformanceTest.ENERGY_ARTIFACT);

  private DualControlVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode in = test.path("input");
    switch (group.path("parameters").path("check").asText()) {
      case "glidePath" -> Vectors.expect(test, () -> DualControl.in(CoalEquivalentVectors.context(in)).target(
          IntensityMetric.valueOf(in.path("metric").asText()), Vectors.bind(in.path("baseline"), Measure.class),
          in.path("year").asInt()), DualControlVectors::glide);
      case "progress" -> Vectors.expect(test, () -> DualControl.in(CoalEquivalentVectors.context(in)).progress(baseline(in),
          actuals(Subject.of(SubjectKind.SCHOOL, "conformance"), in, in), profile(in)), DualControlVectors::progress);
      case "rollUp" -> Vectors.expect(test, () -> {
        List<Actuals> parts = new ArrayList<>();
        in.path("schools").forEach(s -> parts.add(actuals(Subject.of(SubjectKind.SCHOOL, s.path("subject").asText()), in, s)));
        return DualControl.in(CoalEquivalentVectors.context(in)).progress(baseline(in),
            Actuals.sum(Subject.of(SubjectKind.JURISDICTION, "conformance"), parts), profile(in));
      }, DualControlVectors::progress);
      case "quota" -> Vectors.expect(test, () -> EnergyQuotas.in(CoalEquivalentVectors.context(in)).assess(
          Subject.of(SubjectKind.SCHOOL, "conformance"), (CalendarYear) Period.parse(in.path("year").asText()),
          Vectors.bind(in.path("energyPerArea"), Measure.class), ElectricityBasis.valueOf(in.path("basis").asText()),
          in.path("category").asText()), DualControlVectors::quota);
      default -> throw new AssertionError("unknown check " + group.path("parameters"));
    }
  }

  private static Baseline baseline(JsonNode in) {
    JsonNode b = in.path("baseline");
    Map<IntensityMetric, BigDecimal> values = new EnumMap<>(IntensityMetric.class);
    b.path("intensities").properties().forEach(e -> values.put(IntensityMetric.valueOf(e.getKey()),
        new BigDecimal(e.getValue().asText())));
    return new Baseline(b.path("year").asInt(), ElectricityBasis.valueOf(b.path("electricityBasis").asText()),
        PopulationBasis.valueOf(b.path("populationBasis").asText()), values);
  }

  private static Actuals actuals(Subject subject, JsonNode in, JsonNode part) {
    List<MonthlyActual> months = new ArrayList<>();
    part.path("months").forEach(m -> months.add(new MonthlyActual((Month) Period.parse(m.path("month").asText()),
        ElectricityBasis.valueOf(m.path("electricityBasis").asText()), number(m, "energyKgce"), number(m, "renewableKgce"),
        number(m, "waterM3"), number(m, "carbonKgCO2e"))));
    return new Actuals(subject, months, Vectors.bind(part.path("denominators"), Denominators.class),
        PopulationBasis.valueOf(in.path("populationBasis").asText()));
  }

  private static double number(JsonNode node, String field) {
    return new BigDecimal(node.path(field).asText()).doubleValue();
  }

  private static Optional<SeasonalProfile> profile(JsonNode in) {
    if (!in.has("profile")) {
      return Optional.empty();
    }
    List<BigDecimal> shares = new ArrayList<>();
    in.path("profile").forEach(s -> shares.add(new BigDecimal(s.asText())));
    return Optional.of(SeasonalProfile.of(shares));
  }

  private static void glide(GlideTarget t, JsonNode expected) {
    Vectors.assertRounded("value", expected.path("value"), t.value(), expected.path("decimals").asInt());
    assertEquals(expected.path("unit").asText(), t.measure().unit(), "unit");
    Vectors.assertDecimal("reductionPercent", expected.path("reductionPercent"), t.reductionPercent());
    assertEquals(expected.path("glidePath").asText(), t.glidePath().name(), "glidePath");
    List<String> want = new ArrayList<>();
    expected.path("rules").forEach(r -> want.add(r.asText()));
    assertEquals(want, t.rules().stream().map(r -> r.pack() + "/" + r.parameter()).toList(), "rules");
  }

  private static void progress(DualControlProgress p, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    assertEquals(expected.path("status").asText(), p.status().name(), "status");
    assertEquals(expected.path("profileSource").asText(), p.profile().source().name(), "profileSource");
    JsonNode metrics = expected.path("metrics");
    assertEquals(metrics.size(), p.metrics().size(), "number of metrics");
    for (Map.Entry<String, JsonNode> e : metrics.properties()) {
      MetricProgress m = p.metric(IntensityMetric.valueOf(e.getKey())).orElseThrow(() -> new AssertionError("no " + e.getKey()));
      JsonNode x = e.getValue();
      Vectors.assertRounded(e.getKey() + ".target", x.path("target"), m.targetIntensity(), decimals);
      Vectors.assertRounded(e.getKey() + ".budget", x.path("budget"), m.budget(), decimals);
      Vectors.assertRounded(e.getKey() + ".actualToDate", x.path("actualToDate"), m.actualToDate(), decimals);
      Vectors.assertRounded(e.getKey() + ".expectedToDate", x.path("expectedToDate"), m.expectedToDate(), decimals);
      Vectors.assertRounded(e.getKey() + ".forecast", x.path("forecast"), m.forecast(), decimals);
      Vectors.assertRounded(e.getKey() + ".headroom", x.path("headroom"), m.headroom(), decimals);
      assertEquals(x.path("status").asText(), m.status().name(), e.getKey() + ".status");
    }
    expected.path("forecastIntensity").properties().forEach(e -> Vectors.assertRounded(e.getKey() + ".forecastIntensity",
        e.getValue(), p.metric(IntensityMetric.valueOf(e.getKey())).orElseThrow().forecastIntensity(), decimals));
    if (expected.has("renewables")) {
      JsonNode r = expected.path("renewables");
      assertEquals(r.path("deductedFromTotal").asBoolean(), p.renewables().deductedFromTotal(), "deductedFromTotal");
      assertEquals(r.path("deductedFromIntensity").asBoolean(), p.renewables().deductedFromIntensity(), "deductedFromIntensity");
      Vectors.assertRounded("renewableKgce", r.path("renewableKgce"), p.renewables().renewableKgce(), decimals);
    }
    codes(expected, p.findings().stream().map(f -> f.code().value()).toList());
  }

  private static void quota(QuotaAssessment q, JsonNode expected) {
    assertEquals(expected.path("tier").asText(), q.tier().name(), "tier");
    Vectors.assertDecimal("ceiling", expected.path("ceiling"), q.ceiling());
    Vectors.assertDecimal("benchmark", expected.path("benchmark"), q.benchmark());
    Vectors.assertDecimal("guide", expected.path("guide"), q.guide());
    codes(expected, q.findings().stream().map(f -> f.code().value()).toList());
  }

  private static void codes(JsonNode expected, List<String> actual) {
    assertTrue(expected.has("findings"), "expected.findings is required");
    List<String> want = new ArrayList<>();
    expected.path("findings").forEach(f -> want.add(f.asText()));
    assertEquals(want, actual, "finding codes");
  }
}
