package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.electricity;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The domain of each {@link CarbonResult} component, and its derived values. */
class CarbonResultBoundariesTest {
  private static CarbonResult result(double scope1Kg, double pvSelf, double pvExported, double pvNetted) {
    return new CarbonResult(SCHOOL, Y2022, List.of(), scope1Kg, List.of(), Optional.empty(), pvSelf, pvExported,
        pvNetted, List.of(), List.of(), CarbonInputs.of(List.of(kwh(Y2022, "1"))));
  }

  private static void refused(String field, Executable call) {
    assertEquals(Optional.of(field), assertThrows(InvalidValueException.class, call).field());
  }

  @Test
  void eachAmountMustBeZeroOrMore() {
    refused("scope1Kg", () -> result(-1, 0, 0, 0));
    refused("pvSelfConsumedKwh", () -> result(0, -1, 0, 0));
    // A negative export is caught by its own check, not by "netted ≤ exported".
    refused("pvExportedKwh", () -> result(0, 0, -1, 0));
    refused("pvNettedKwh", () -> result(0, 0, 0, -1));
    refused("scope1Kg", () -> result(Double.POSITIVE_INFINITY, 0, 0, 0));
  }

  @Test
  void nettedPvMayReachButNotExceedTheExportedPv() {
    assertEquals(5, result(0, 0, 5, 5).pvNettedKwh());
    refused("pvNettedKwh", () -> result(0, 0, 5, 6));
  }

  @Test
  void anAccountWithoutEstimatesSaysSoAndNamesItsPeriod() {
    CarbonResult r = CarbonAccounting.in(context(XUHUI, 2022)).account(SCHOOL, Y2022,
        electricity(Y2022, "100", MEE_NATIONAL));
    assertFalse(r.anyEstimated());
    assertEquals(Optional.of(Y2022), r.period());
  }
}
