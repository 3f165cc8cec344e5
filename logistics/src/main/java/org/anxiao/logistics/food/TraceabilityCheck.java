package org.anxiao.logistics.food;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The traceability of a canteen's purchases (食品安全追溯检查结果): counts, the on-line and three-level
 * completeness rates (4 decimals HALF_UP; empty when there are no purchases), the purchases not on the
 * platform and those missing each required level, with the findings and rule values read. Becomes an
 * {@code Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: {@code online ≤ purchases}, {@code complete ≤ purchases}; each rate in [0, 1]. Immutable
 * and thread-safe.
 *
 * @param subject          the canteen
 * @param ledger           the ledger checked (the input)
 * @param purchases        the number of purchases
 * @param online           the number uploaded to the platform
 * @param complete         the number carrying every required level
 * @param onlineRate       online ÷ purchases, 4 decimals HALF_UP; empty when no purchases
 * @param completenessRate complete ÷ purchases, 4 decimals HALF_UP; empty when no purchases
 * @param offline          the ids of the purchases not uploaded, in ledger order
 * @param missing          per required level, the ids of the purchases lacking it, in ledger order
 * @param rules            the rule values read
 * @param packs            the packs in force
 * @param findings         the findings
 */
public record TraceabilityCheck(Subject subject, PurchaseLedger ledger, int purchases, int online, int complete,
    Optional<BigDecimal> onlineRate, Optional<BigDecimal> completenessRate, List<String> offline,
    Map<TraceLevel, List<String>> missing, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject          the canteen
   * @param ledger           the ledger
   * @param purchases        the number of purchases
   * @param online           the number on-line
   * @param complete         the number complete
   * @param onlineRate       the on-line rate
   * @param completenessRate the completeness rate
   * @param offline          the purchases not on-line
   * @param missing          the purchases lacking each level
   * @param rules            the rule values read
   * @param packs            the packs in force
   * @param findings         the findings
   */
  public TraceabilityCheck {
    Require.nonNull("subject", subject);
    Require.nonNull("ledger", ledger);
    Bounds.count("purchases", purchases);
    Bounds.count("online", online);
    Bounds.count("complete", complete);
    Require.that(online <= purchases, "online", online, "must not exceed purchases {}", purchases);
    Require.that(complete <= purchases, "complete", complete, "must not exceed purchases {}", purchases);
    rate("onlineRate", onlineRate);
    rate("completenessRate", completenessRate);
    offline = ids("offline", offline);
    Require.nonNull("missing", missing);
    EnumMap<TraceLevel, List<String>> copy = new EnumMap<>(TraceLevel.class);
    for (Map.Entry<TraceLevel, List<String>> e : missing.entrySet()) {
      copy.put(Require.nonNull("missing.key", e.getKey()), ids("missing." + e.getKey(), e.getValue()));
    }
    missing = Collections.unmodifiableMap(copy);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  private static List<String> ids(String field, List<String> ids) {
    List<String> copy = Bounds.list(field, ids);
    for (int i = 0; i < copy.size(); i++) {
      Bounds.code(field + "[" + i + "]", copy.get(i));
    }
    return copy;
  }

  private static void rate(String field, Optional<BigDecimal> rate) {
    Require.nonNull(field, rate);
    rate.ifPresent(r -> Require.that(Bounds.decimal(field, r).signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0,
        field, r.toPlainString(), "must lie in [0, 1]"));
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return FoodTraceability.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return ledger;
  }
}
