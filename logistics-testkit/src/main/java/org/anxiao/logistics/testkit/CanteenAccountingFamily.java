package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.vector.DataFile;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorOutcome;
import org.anxiao.logistics.canteen.CanteenAccountReport;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.canteen.CanteenAccountingRule;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostShare;
import org.anxiao.logistics.canteen.PriceChange;
import org.quicktheories.core.Gen;

/**
 * Vectors on demand of canteen accounting ({@code anxiao.logistics.canteen-accounting}), in the form of
 * {@code conformance/logistics/canteen-accounting.json}: realistic terms, terms at and beside the example
 * pack's thresholds ({@link CanteenEdgeCases}), deficits, empty terms, price changes from a previous term and
 * input the library refuses. A file has two groups of the same inputs' kinds: the default policy (the example
 * pack's UNVERIFIED values refused, so the figures use the example readings and every threshold is NOT_CHECKED),
 * then {@code ALLOW_UNVERIFIED} (the caller's consent: every threshold checked).
 */
public final class CanteenAccountingFamily implements VectorFamily {
  private static final ObjectMapper MAPPER = AnxiaoJson.strict().mapperCopy();
  private static final String PACK_RESOURCE = "META-INF/anxiao/packs/logistics-canteen/cn-example-canteen-accounting.json";
  private static final List<VerificationPolicy> POLICIES = List.of(VerificationPolicy.DEFAULT,
      VerificationPolicy.ALLOW_UNVERIFIED);

  /** The family {@code logistics.canteen-accounting}. */
  public CanteenAccountingFamily() {}

  @Override
  public String name() {
    return "logistics.canteen-accounting";
  }

  @Override
  public String calculator() {
    return CanteenAccounting.ID.toString();
  }

  @Override
  public String description() {
    return "Canteen not-for-profit accounting (学生食堂公益性、成本和价格核算) of generated terms under the "
        + "default and the ALLOW_UNVERIFIED policy (a group each): input.current is a canteen-accounts document, input.previous the same canteen's accounts "
        + "of an earlier term when given. Output as in conformance/logistics/canteen-accounting.json (SPEC.md §22): "
        + "totals, surplus and its rate, ingredient share, cost breakdown, price change, finding codes, the "
        + "parameters each finding cites and the parameters read.";
  }

  @Override
  public List<String> packs() {
    return List.of(rules().packs().get(0).toString());
  }

  @Override
  public List<DataFile> dataFiles() {
    CanteenAccountingRule r = CanteenEdgeCases.exampleRule();
    return List.of(DataFile.pack(packs().get(0), "logistics", PACK_RESOURCE,
        "The illustrative example (format: rule-pack.schema.json): jurisdiction CN, from "
        + "2024-02-22, UNVERIFIED; maxSurplusRate " + r.maxSurplusRate().value().toPlainString() + ", minIngredientShare "
        + r.minIngredientShare().value().toPlainString() + ", maxPriceChange " + r.maxPriceChange().value().toPlainString()
        + ", depreciationCounted " + r.depreciationCounted().value() + ", ingredientShareBasis "
        + r.ingredientShareBasis().value() + "."));
  }


  @Override
  public List<ObjectNode> groups() {
    List<ObjectNode> groups = new ArrayList<>();
    for (VerificationPolicy policy : POLICIES) {
      ObjectNode p = JsonNodeFactory.instance.objectNode();
      p.put("jurisdiction", CanteenEdgeCases.JURISDICTION.toString());
      p.put("date", CanteenEdgeCases.DAY.toString());
      p.put("policy", policyName(policy));
      groups.add(p);
    }
    return groups;
  }

  @Override
  public ObjectNode parameters() {
    return groups().get(0);
  }

  @Override
  public Map<String, String> notes() {
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("Deficit", "Cost above revenue: a negative surplus and rate, reported INFO whatever the pack.");
    notes.put("Price", "The meal price change from the previous term.");
    notes.put("BadInput", "Input the library must refuse, with the error code.");
    notes.put("ZeroDenominator", "A ratio whose denominator is 0 is absent (null), never 0 or NaN.");
    return notes;
  }

  @Override
  public Gen<ObjectNode> inputs() {
    return integers().between(0, 19).flatMap(k -> switch (k) {
      case 0, 1, 2, 3, 4 -> CanteenGenerators.accounts().map(a -> input(a, null));
      case 5, 6 -> CanteenEdgeCases.surplusRateBoundaries().map(a -> input(a, null));
      case 7, 8 -> CanteenEdgeCases.ingredientShareBoundaries().map(a -> input(a, null));
      case 9, 10 -> CanteenEdgeCases.priceChangeBoundaries().map(t -> input(t.current(), t.previous()));
      case 11, 12, 13 -> CanteenGenerators.withPrevious().map(t -> input(t.current(), t.previous()));
      case 14, 15 -> CanteenEdgeCases.deficits().map(a -> input(a, null));
      case 16 -> CanteenGenerators.terms().map(t -> input(new CanteenAccounts("1.0", CanteenGenerators.CANTEEN_ID,
          CanteenGenerators.CANTEEN_NAME, t, List.of(), List.of(), Optional.empty(), Optional.empty()), null));
      default -> CanteenGenerators.withPrevious().zip(integers().between(0, 5), CanteenAccountingFamily::bad);
    });
  }

  @Override
  public VectorOutcome run(JsonNode input) {
    return run(parameters(), input);
  }

  @Override
  public VectorOutcome run(ObjectNode parameters, JsonNode input) {
    VerificationPolicy policy = "DEFAULT".equals(parameters.path("policy").asText())
        ? VerificationPolicy.DEFAULT : VerificationPolicy.ALLOW_UNVERIFIED;
    return VectorOutcome.of(() -> report(policy, input));
  }

  private ObjectNode report(VerificationPolicy policy, JsonNode input) {
    CanteenAccounting calculator = CanteenAccounting.in(CanteenEdgeCases.context(policy));
    CanteenAccounts current = AnxiaoJson.strict().read(input.path("current").toString(), CanteenAccounts.class);
    CanteenAccountReport r = input.has("previous")
        ? calculator.assess(current, AnxiaoJson.strict().read(input.path("previous").toString(), CanteenAccounts.class))
        : calculator.assess(current);
    return expected(r);
  }

  @Override
  public List<String> flags(JsonNode input, VectorOutcome outcome) {
    List<String> flags = new ArrayList<>();
    if (outcome instanceof VectorOutcome.Refused) {
      flags.add("BadInput");
      return flags;
    }
    JsonNode e = ((VectorOutcome.Expected) outcome).expected();
    if (e.path("surplus").asText().startsWith("-")) {
      flags.add("Deficit");
    }
    if (e.path("surplusRate").isNull() || e.path("ingredientShare").isNull()) {
      flags.add("ZeroDenominator");
    }
    if (input.has("previous")) {
      flags.add("Price");
    }
    return flags;
  }

  /** {@return the report in the form of the hand-worked file's {@code expected}, every key present} */
  static ObjectNode expected(CanteenAccountReport r) {
    ObjectNode e = JsonNodeFactory.instance.objectNode();
    e.put("totalRevenue", r.totalRevenue().value().toPlainString());
    e.put("mealFees", r.mealFees().value().toPlainString());
    e.put("totalCost", r.totalCost().value().toPlainString());
    e.put("depreciationCounted", r.depreciationCounted());
    e.put("surplus", r.surplus().value().toPlainString());
    ratio(e, "surplusRate", r.surplusRate());
    e.put("ingredientShareBasis", r.ingredientShareBasis().name());
    ratio(e, "ingredientShare", r.ingredientShare());
    ObjectNode breakdown = e.putObject("costBreakdown");
    for (CostShare c : r.costBreakdown()) {
      ObjectNode line = breakdown.putObject(c.category().name());
      line.put("amount", c.amount().value().toPlainString());
      line.put("counted", c.counted());
      ratio(line, "share", c.share());
    }
    Optional<PriceChange> price = r.priceChange();
    if (price.isEmpty()) {
      e.putNull("priceChange");
    } else {
      ObjectNode p = e.putObject("priceChange");
      p.put("basis", price.get().basis().name());
      p.put("previous", price.get().previous().value().toPlainString());
      p.put("current", price.get().current().value().toPlainString());
      ratio(p, "change", price.get().change());
    }
    ArrayNode findings = e.putArray("findings");
    ArrayNode findingRules = e.putArray("findingRules");
    for (Finding f : r.findings()) {
      findings.add(f.code().toString());
      ArrayNode cited = findingRules.addArray();
      f.rules().forEach(a -> cited.add(a.parameter()));
    }
    ArrayNode applied = e.putArray("rulesApplied");
    r.rulesApplied().stream().map(AppliedRule::parameter).forEach(applied::add);
    return e;
  }

  private static void ratio(ObjectNode node, String key, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(key, value.get().toPlainString());
    } else {
      node.putNull(key);
    }
  }

  private static String policyName(VerificationPolicy policy) {
    return policy.equals(VerificationPolicy.DEFAULT) ? "DEFAULT" : "ALLOW_UNVERIFIED";
  }

  private BoundRules<CanteenAccountingRule> rules() {
    return CanteenAccounting.in(CanteenEdgeCases.context(VerificationPolicy.ALLOW_UNVERIFIED)).rules();
  }

  /** {@return the vector input of {@code current}, with {@code previous} when not null} */
  static ObjectNode input(CanteenAccounts current, CanteenAccounts previous) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    input.set("current", tree(current));
    if (previous != null) {
      input.set("previous", tree(previous));
    }
    return input;
  }

  private static JsonNode tree(CanteenAccounts accounts) {
    try {
      return MAPPER.readTree(accounts.toJson());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Input the library refuses, of kind {@code k}: a negative amount, a foreign currency, bad person-meals, bad previous term. */
  private static ObjectNode bad(CanteenTerms t, int k) {
    ObjectNode input = input(t.current(), t.previous());
    ObjectNode current = (ObjectNode) input.get("current");
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    switch (k) {
      case 0 -> {
        line.put("kind", "SUBSIDIES");
        line.putObject("amount").put("value", "-0.01").put("unit", "CNY");
        ((ArrayNode) current.get("revenue")).add(line);
      }
      case 1 -> {
        line.put("category", "LABOUR");
        line.putObject("amount").put("value", "-5.00").put("unit", "CNY");
        ((ArrayNode) current.get("costs")).add(line);
      }
      case 2 -> {
        line.put("kind", "MEAL_FEES");
        line.putObject("amount").put("value", "100.00").put("unit", "USD");
        ((ArrayNode) current.get("revenue")).add(line);
      }
      case 3 -> current.put("personMeals", -1);
      case 4 -> ((ObjectNode) input.get("previous")).put("period", current.get("period").asText());
      default -> ((ObjectNode) input.get("previous")).put("canteenId", "C2");
    }
    return input;
  }
}
