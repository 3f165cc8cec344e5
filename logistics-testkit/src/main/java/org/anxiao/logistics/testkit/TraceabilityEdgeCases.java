package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.logistics.food.FoodTraceabilityRule;
import org.anxiao.logistics.food.Purchase;
import org.anxiao.logistics.food.PurchaseLedger;
import org.anxiao.logistics.food.TraceLevel;
import org.quicktheories.core.Gen;

/**
 * Purchase ledgers at the targets of the shipped pack {@code sh.minhang.food-traceability-2022} (read through
 * {@link FoodTraceabilityRule} bound in Minhang on {@link FoodGenerators#DAY}, not retyped): the on-line rate exactly
 * at {@code onlineRateTarget} (the fewest purchases uploaded that meet it: all of them at the shipped 100 %) or one
 * purchase short of it, and every purchase carrying every level of {@code levels} (原料信息、供应商、基地) or one
 * purchase lacking one of them.
 */
public final class TraceabilityEdgeCases {
  /** Minhang district, Shanghai, where the pack applies. */
  public static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");

  private TraceabilityEdgeCases() {}

  /** {@return the rule of sh.minhang.food-traceability-2022 on {@link FoodGenerators#DAY}} */
  public static FoodTraceabilityRule minhangRule() {
    return RuleContext.standard(MINHANG, FoodGenerators.DAY).bind(FoodTraceabilityRule.KIND).value();
  }

  /**
   * {@return the fewest purchases on-line that meet the pack's on-line target among {@code purchases}}
   *
   * @param purchases the purchases in the ledger, 0 or more
   */
  public static int leastOnline(int purchases) {
    return minhangRule().onlineRateTarget().value().multiply(BigDecimal.valueOf(purchases))
        .setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /**
   * {@return ledgers of 1–40 purchases ({@code p0}, {@code p1}, …) with exactly {@link #leastOnline} purchases
   * on-line or one fewer, and every required level on every purchase or one purchase lacking one required level}
   */
  public static Gen<PurchaseLedger> ledgersAtTheTargets() {
    List<TraceLevel> required = List.copyOf(minhangRule().levels().value());
    return integers().between(1, 40).zip(integers().between(0, 1), integers().between(-1, required.size() - 1),
        integers().between(0, 39), (n, short1, lacking, at) -> {
          int online = Math.max(0, leastOnline(n) - short1);
          Optional<TraceLevel> dropped = lacking < 0 ? Optional.empty() : Optional.of(required.get(lacking));
          List<Purchase> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Set<TraceLevel> absent = i == at % n && dropped.isPresent() ? Set.of(dropped.get()) : Set.of();
            out.add(purchase("p" + i, absent, i < online));
          }
          return new PurchaseLedger("canteen-1", out);
        });
  }

  /**
   * {@return a purchase carrying every level except {@code absent}}
   *
   * @param id     the purchase's id
   * @param absent the levels not recorded
   * @param online whether it was uploaded to the platform
   */
  public static Purchase purchase(String id, Set<TraceLevel> absent, boolean online) {
    return new Purchase(id, level(TraceLevel.INGREDIENT, absent, "青菜"), level(TraceLevel.SUPPLIER, absent, "蔬菜公司"),
        level(TraceLevel.BASE, absent, "崇明基地"), online);
  }

  private static Optional<String> level(TraceLevel level, Set<TraceLevel> absent, String value) {
    return absent.contains(level) ? Optional.empty() : Optional.of(value);
  }
}
