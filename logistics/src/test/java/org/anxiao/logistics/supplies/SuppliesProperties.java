package org.anxiao.logistics.supplies;

import static org.anxiao.logistics.supplies.FictionalQuota.ON;
import static org.anxiao.logistics.supplies.FictionalQuota.m2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.logistics.testkit.SuppliesGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the per-item arithmetic: the shortfall is monotone in the quota (raising the base or
 * any term's quantity, or shortening any term's step, never lowers it) and in the school's size; more
 * stock never raises it; usable and expired split the stock; expiring is part of usable.
 */
class SuppliesProperties {
  private static final LocalDate HORIZON = ON.plusDays(30);
  /** The kit's lines of item x, bought 2020-01-01 to ON. */
  private static final Gen<List<StockLine>> STOCKS = SuppliesGenerators.stockLines("x", ON);

  /** base, then per and quantity for PUPILS, BUILDINGS, FLOOR_AREA, SITE_AREA. */
  private static QuotaItem item(int[] f) {
    List<QuotaTerm> terms = new ArrayList<>();
    QuotaBasis[] bases = QuotaBasis.values();
    for (int k = 0; k < 4; k++) {
      terms.add(new QuotaTerm(bases[k], BigDecimal.valueOf(f[1 + 2 * k]), BigDecimal.valueOf(f[2 + 2 * k])));
    }
    return new QuotaItem("x", LocalizedText.of("物资", "item"), "1", Optional.of(12), BigDecimal.valueOf(f[0]), terms);
  }

  private static Gen<int[]> formulas() {
    return lists().of(integers().between(1, 60)).ofSize(9).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
  }

  private static SupplyLine line(int[] f, SchoolSize size, List<StockLine> stock) {
    return EmergencySupplies.line(item(f), size, stock, ON, HORIZON);
  }

  @Test
  void theShortfallNeverFallsWhenTheQuotaRises() {
    qt().withExamples(200).forAll(formulas(), SuppliesGenerators.schoolSizes(), STOCKS, integers().between(0, 8))
        .checkAssert((f, size, stock, which) -> {
          SupplyLine before = line(f, size, stock);
          int[] raised = f.clone();
          boolean isPer = which >= 1 && which % 2 == 1;
          if (isPer) {
            raised[which] = Math.max(1, f[which] - 1 - f[which] / 2); // a shorter step: more steps
          } else {
            raised[which] = f[which] + 1 + f[which] / 3; // a larger base or quantity
          }
          SupplyLine after = line(raised, size, stock);
          assertTrue(after.required().compareTo(before.required()) >= 0, "required " + before.required() + " → "
              + after.required());
          assertTrue(after.shortfall().compareTo(before.shortfall()) >= 0, "shortfall " + before.shortfall() + " → "
              + after.shortfall());
        });
  }

  @Test
  void theShortfallNeverFallsWhenTheSchoolGrows() {
    qt().withExamples(200).forAll(formulas(), SuppliesGenerators.schoolSizes(), STOCKS, integers().between(0, 500))
        .checkAssert((f, size, stock, more) -> {
          SchoolSize bigger = new SchoolSize(size.pupils() + more, size.buildings() + more % 3,
              m2(size.basis(QuotaBasis.FLOOR_AREA).add(BigDecimal.valueOf(more)).toPlainString()),
              m2(size.basis(QuotaBasis.SITE_AREA).add(BigDecimal.valueOf(more * 7L)).toPlainString()));
          assertTrue(line(f, bigger, stock).shortfall().compareTo(line(f, size, stock).shortfall()) >= 0);
        });
  }

  @Test
  void moreStockNeverRaisesTheShortfall() {
    qt().withExamples(200).forAll(formulas(), SuppliesGenerators.schoolSizes(), STOCKS, STOCKS).checkAssert((f, size, a, b) -> {
      List<StockLine> both = new ArrayList<>(a);
      both.addAll(b);
      assertTrue(line(f, size, both).shortfall().compareTo(line(f, size, a).shortfall()) <= 0);
    });
  }

  @Test
  void usableAndExpiredSplitTheStockAndTheShortfallIsItsDefinition() {
    qt().withExamples(200).forAll(formulas(), SuppliesGenerators.schoolSizes(), STOCKS).checkAssert((f, size, stock) -> {
      SupplyLine l = line(f, size, stock);
      BigDecimal total = stock.stream().map(s -> s.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, total.compareTo(l.usable().add(l.expired())));
      assertTrue(l.expiring().compareTo(l.usable()) <= 0);
      assertEquals(0, l.shortfall().compareTo(l.required().subtract(l.usable()).max(BigDecimal.ZERO)));
      BigDecimal sum = l.base();
      for (TermAmount t : l.terms()) {
        sum = sum.add(t.amount());
        // each term: ⌈value ÷ per⌉ steps: (steps − 1) × per < value ≤ steps × per
        assertTrue(t.steps().multiply(t.per()).compareTo(t.value()) >= 0);
        assertTrue(t.steps().signum() == 0 || t.steps().subtract(BigDecimal.ONE).multiply(t.per()).compareTo(t.value()) < 0);
      }
      assertEquals(0, sum.compareTo(l.required()));
    });
  }
}
