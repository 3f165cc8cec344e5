package org.anxiao.logistics.supplies;

import static org.anxiao.logistics.supplies.FictionalQuota.ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.SuppliesGenerators;
import org.junit.jupiter.api.Test;

/** The kit's stock lines: expiry before purchase refused; expired and expiring split at their day boundaries. */
class SuppliesKitTest {
  private static final int HORIZON_DAYS = 30;

  @Test
  void anExpiryBeforeThePurchaseIsRefused() {
    Laws.seeded(14L, 100).rejects(SuppliesGenerators.expiryBeforePurchase());
  }

  @Test
  void expiringWithinTheHorizonHasExactDayBoundaries() {
    QuotaItem item = new QuotaItem("x", org.anxiao.core.text.LocalizedText.of("物资", "item"), "1",
        java.util.Optional.of(12), java.math.BigDecimal.ONE, List.of());
    qt().withExamples(60).forAll(SuppliesGenerators.expiringAround("x", ON, HORIZON_DAYS)).checkAssert(s -> {
      SupplyLine l = EmergencySupplies.line(item, new SchoolSize(0, 0, FictionalQuota.m2("0"), FictionalQuota.m2("0")),
          List.of(s), ON, ON.plusDays(HORIZON_DAYS));
      long days = s.expiry().orElseThrow().toEpochDay() - ON.toEpochDay();
      // Usable through its expiry day; expiring when expiry ≤ on + N (N days ahead is expiring, N + 1 is not).
      assertEquals(days < 0, l.expired().signum() > 0, "expired at day " + days);
      assertEquals(days >= 0 && days <= HORIZON_DAYS, l.expiring().signum() > 0, "expiring at day " + days);
    });
  }
}
