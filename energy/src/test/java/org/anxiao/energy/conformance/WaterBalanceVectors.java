package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.water.IntervalFlow;
import org.anxiao.energy.water.MeteredVolume;
import org.anxiao.energy.water.NightFlowDay;
import org.anxiao.energy.water.NightFlowResult;
import org.anxiao.energy.water.NightFlows;
import org.anxiao.energy.water.NightWindow;
import org.anxiao.energy.water.WaterBalanceResult;
import org.anxiao.energy.water.WaterBalances;
import org.anxiao.energy.water.WaterQuotaResult;
import org.anxiao.energy.water.WaterQuotas;

/**
 * Runs {@code conformance/energy/water-balance.json}; {@code input.check} selects the calculation:
 * {@code balance} (supply against sub-meters), {@code nightFlow} (the night-flow indicator) or
 * {@code quota} (water per person against quota tiers).
 */
final class WaterBalanceVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.energy.water-balance", WaterBalanceVectors::run, Set.of(),
      EnergyConformanceTest.ENERGY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");

  private WaterBalanceVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    switch (input.path("check").asText()) {
      case "balance" -> Vectors.expect(test, () -> balance(input), WaterBalanceVectors::checkBalance);
      case "nightFlow" -> Vectors.expect(test, () -> nightFlow(input), WaterBalanceVectors::checkNightFlow);
      case "quota" -> Vectors.expect(test, () -> quota(input), WaterBalanceVectors::checkQuota);
      default -> throw new AssertionError("unknown input.check " + input.path("check"));
    }
  }

  private static WaterBalanceResult balance(JsonNode input) {
    MeteredVolume supply = input.hasNonNull("supply") ? Vectors.bind(input.get("supply"), MeteredVolume.class) : null;
    List<MeteredVolume> subs = new ArrayList<>();
    input.path("subMeters").forEach(m -> subs.add(Vectors.bind(m, MeteredVolume.class)));
    return WaterBalances.create().balance(SUBJECT, Period.parse(input.path("period").asText()), supply, subs);
  }

  private static void checkBalance(WaterBalanceResult r, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    Vectors.assertRounded("supplyVolume", expected.path("supplyVolume"), r.supplyVolume(), decimals);
    Vectors.assertRounded("subMeteredVolume", expected.path("subMeteredVolume"), r.subMeteredVolume(), decimals);
    Vectors.assertRounded("unaccountedVolume", expected.path("unaccountedVolume"), r.unaccountedVolume(), decimals);
    Vectors.assertRounded("leakRate", expected.path("leakRate"), r.leakRate(), decimals);
    Vectors.assertRounded("band", expected.path("band"), r.band(), decimals);
    assertEquals(expected.path("status").asText(), r.status().name(), "status");
  }

  private static NightFlowResult nightFlow(JsonNode input) {
    IntervalFlow flow = Vectors.bind(input.path("flow"), IntervalFlow.class);
    NightWindow window = Vectors.bind(input.path("window"), NightWindow.class);
    NightFlows nights = switch (input.path("threshold").asText("none")) {
      case "none" -> NightFlows.withoutThreshold();
      case "pack" -> NightFlows.in(context(input));
      default -> throw new AssertionError("unknown threshold " + input.path("threshold"));
    };
    return nights.assess(SUBJECT, flow, window);
  }

  private static void checkNightFlow(NightFlowResult r, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    assertTrue(expected.has("thresholdApplied"), "expected.thresholdApplied is required");
    assertEquals(expected.path("thresholdApplied").asBoolean(), r.thresholdApplied(), "thresholdApplied");
    JsonNode days = expected.path("days");
    assertEquals(days.size(), r.days().size(), "number of days");
    for (int i = 0; i < days.size(); i++) {
      JsonNode want = days.get(i);
      NightFlowDay day = r.days().get(i);
      assertEquals(LocalDate.parse(want.path("date").asText()), day.date(), "days[" + i + "].date");
      Vectors.assertRounded("days[" + i + "].nightFlow", want.path("nightFlow"), day.nightFlow(), decimals);
      Vectors.assertRounded("days[" + i + "].meanFlow", want.path("meanFlow"), day.meanFlow(), decimals);
      if (want.path("ratio").isNull()) {
        assertTrue(day.ratio().isEmpty(), "days[" + i + "].ratio must be absent, is " + day.ratio());
      } else {
        assertTrue(day.ratio().isPresent(), "days[" + i + "].ratio is absent");
        Vectors.assertRounded("days[" + i + "].ratio", want.path("ratio"), day.ratio().getAsDouble(), decimals);
      }
      assertEquals(want.path("aboveThreshold").asBoolean(false), day.aboveThreshold(), "days[" + i + "].aboveThreshold");
    }
  }

  private static WaterQuotaResult quota(JsonNode input) {
    Measure volume = Vectors.bind(input.path("volume"), Measure.class);
    return WaterQuotas.in(context(input)).assess(SUBJECT, Period.parse(input.path("period").asText()),
        input.path("category").asText(), AnxiaoUnits.of(volume.value(), AnxiaoUnits.unit("volume.unit", volume.unit(),
            javax.measure.quantity.Volume.class)), new BigDecimal(input.path("population").asText()).doubleValue());
  }

  private static void checkQuota(WaterQuotaResult r, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    Vectors.assertRounded("perPerson", expected.path("perPerson"), r.perPerson(), decimals);
    assertEquals(expected.path("tier").asText(), r.tier().name(), "tier");
  }

  private static RuleContext context(JsonNode input) {
    return RuleContext.standard(JurisdictionCode.of(input.path("jurisdiction").asText()),
        LocalDate.parse(input.path("date").asText()));
  }
}
