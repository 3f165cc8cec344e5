package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.logistics.canteen.CanteenAccountReport;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostCategory;
import org.anxiao.logistics.canteen.CostShare;
import org.anxiao.logistics.canteen.PriceChange;

/**
 * Runs {@code conformance/logistics/canteen-accounting.json} (SPEC.md §22): the report of {@code input.current} (a
 * {@code canteen-accounts} document), with the price change from {@code input.previous} when given, under the
 * group's {@code parameters} ({@code jurisdiction}, {@code date}, {@code policy} {@code DEFAULT} or
 * {@code ALLOW_UNVERIFIED}). Only the keys present in {@code expected} are compared; an absent ratio is null;
 * {@code findingRules} lists, per finding in order, the parameters it cites.
 */
final class CanteenAccountingVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.canteen-accounting",
      CanteenAccountingVectors::run, Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private CanteenAccountingVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode params = group.path("parameters");
    JsonNode input = test.path("input");
    VerificationPolicy policy = VectorOutcomes.policy(params);
    RuleContext context = RuleContext.standard(JurisdictionCode.of(params.path("jurisdiction").asText()),
        LocalDate.parse(params.path("date").asText())).withPolicy(policy);
    VectorOutcomes.expect(test, () -> {
      CanteenAccounting calculator = CanteenAccounting.in(context);
      CanteenAccounts current = VectorOutcomes.bind(input.path("current"), CanteenAccounts.class);
      if (input.has("previous")) {
        return calculator.assess(current, VectorOutcomes.bind(input.path("previous"), CanteenAccounts.class));
      }
      return calculator.assess(current);
    }, CanteenAccountingVectors::check);
  }

  private static void check(CanteenAccountReport r, JsonNode expected) {
    money(expected, "totalRevenue", r.totalRevenue());
    money(expected, "mealFees", r.mealFees());
    money(expected, "totalCost", r.totalCost());
    money(expected, "surplus", r.surplus());
    if (expected.has("depreciationCounted")) {
      assertEquals(expected.get("depreciationCounted").asBoolean(), r.depreciationCounted(), "depreciationCounted");
    }
    ratio(expected, "surplusRate", r.surplusRate());
    if (expected.has("ingredientShareBasis")) {
      assertEquals(expected.get("ingredientShareBasis").asText(), r.ingredientShareBasis().name(), "ingredientShareBasis");
    }
    ratio(expected, "ingredientShare", r.ingredientShare());
    if (expected.has("costBreakdown")) {
      JsonNode want = expected.get("costBreakdown");
      List<String> keys = new ArrayList<>();
      want.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of(CostCategory.values()).stream().map(Enum::name).toList(), keys, "costBreakdown keys");
      for (CostShare c : r.costBreakdown()) {
        JsonNode w = want.get(c.category().name());
        String at = "costBreakdown." + c.category();
        money(w, "amount", c.amount(), at);
        if (w.has("counted")) {
          assertEquals(w.get("counted").asBoolean(), c.counted(), at + ".counted");
        }
        ratio(w, "share", c.share(), at);
      }
    }
    if (expected.has("priceChange")) {
      JsonNode want = expected.get("priceChange");
      if (want.isNull()) {
        assertEquals(Optional.empty(), r.priceChange(), "priceChange");
      } else {
        PriceChange p = r.priceChange().orElseThrow(() -> new AssertionError("priceChange: expected one, got none"));
        assertEquals(want.path("basis").asText(), p.basis().name(), "priceChange.basis");
        money(want, "previous", p.previous(), "priceChange");
        money(want, "current", p.current(), "priceChange");
        ratio(want, "change", p.change(), "priceChange");
      }
    }
    if (expected.has("findings")) {
      assertEquals(texts(expected.get("findings")), r.findings().stream().map(Finding::code).map(Object::toString)
          .toList(), "findings");
    }
    if (expected.has("findingRules")) {
      List<List<String>> want = new ArrayList<>();
      expected.get("findingRules").forEach(n -> want.add(texts(n)));
      assertEquals(want, r.findings().stream().map(f -> f.rules().stream().map(AppliedRule::parameter).toList())
          .toList(), "findingRules");
    }
    if (expected.has("rulesApplied")) {
      assertEquals(texts(expected.get("rulesApplied")), r.rulesApplied().stream().map(AppliedRule::parameter).toList(),
          "rulesApplied");
    }
  }

  private static void money(JsonNode expected, String key, Money actual) {
    money(expected, key, actual, "");
  }

  private static void money(JsonNode expected, String key, Money actual, String at) {
    if (expected.has(key)) {
      VectorOutcomes.assertDecimal(at + "." + key, expected.get(key), actual.value());
    }
  }

  private static void ratio(JsonNode expected, String key, Optional<BigDecimal> actual) {
    ratio(expected, key, actual, "");
  }

  private static void ratio(JsonNode expected, String key, Optional<BigDecimal> actual, String at) {
    if (!expected.has(key)) {
      return;
    }
    JsonNode want = expected.get(key);
    if (want.isNull()) {
      assertTrue(actual.isEmpty(), at + "." + key + ": expected none, got " + actual);
    } else {
      assertTrue(actual.isPresent(), at + "." + key + ": expected " + want.asText() + ", got none");
      VectorOutcomes.assertDecimal(at + "." + key, want, actual.get());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
