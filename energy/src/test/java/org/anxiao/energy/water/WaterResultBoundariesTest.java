package org.anxiao.energy.water;

import static org.anxiao.energy.water.WaterFixtures.QUOTAS;
import static org.anxiao.energy.water.WaterFixtures.SCHOOL;
import static org.anxiao.energy.water.WaterFixtures.YEAR;
import static org.anxiao.energy.water.WaterFixtures.meter;
import static org.anxiao.energy.water.WaterFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** The water balance and quota results at their boundaries, and what the calculators say of themselves. */
class WaterResultBoundariesTest {
  private static final String DAY_SCHOOL = "TEST_DAY_SCHOOL";

  @Test
  void aDifferenceExactlyOnTheBandBelowZeroIsWithinTolerance() {
    assertEquals(BalanceStatus.WITHIN_TOLERANCE, BalanceStatus.of(-5, 5));
    assertEquals(BalanceStatus.EXCESS, BalanceStatus.of(-5.5, 5));
    assertEquals(BalanceStatus.WITHIN_TOLERANCE, BalanceStatus.of(5, 5));
    assertEquals(BalanceStatus.LOSS, BalanceStatus.of(5.5, 5));
  }

  @Test
  void theBalanceCoversItsPeriodAndNamesItself() {
    WaterBalanceResult r = WaterBalances.create().balance(SCHOOL, YEAR, meter("M0", "10000", "0.02"),
        List.of(meter("M1", "9300", "0.02")));
    assertEquals(Optional.of(YEAR), r.period());
    assertEquals("anxiao.energy.water-balance", WaterBalances.create().toString());
  }

  private static WaterQuotaResult quota(double perPerson, String advanced, String general, QuotaTier tier) {
    return new WaterQuotaResult(SCHOOL, YEAR, DAY_SCHOOL, perPerson * 10, 10, perPerson, new BigDecimal(advanced),
        new BigDecimal(general), tier, List.of(), List.of(), List.of());
  }

  @Test
  void aQuotaResultMayHaveEqualTiersButNotInvertedOnes() {
    // 10 m³/person·a at or below 先进值 20 = 通用值 20: ADVANCED.
    WaterQuotaResult equal = quota(10, "20", "20", QuotaTier.ADVANCED);
    assertEquals(Optional.of(YEAR), equal.period());
    assertEquals(Optional.of("advanced"), assertThrows(InvalidValueException.class,
        () -> quota(10, "20.5", "20", QuotaTier.ADVANCED)).field());
    assertEquals(Optional.of("tier"), assertThrows(InvalidValueException.class,
        () -> quota(10, "15", "20", QuotaTier.OVER)).field());
  }

  @Test
  void aPackWithEqualAdvancedAndGeneralValuesIsAccepted() {
    RulePack pack = pack(QUOTAS);
    Parameter.DecimalTable t = (Parameter.DecimalTable) pack.parameters().get("advanced");
    Map<String, DecimalEntry> rows = new LinkedHashMap<>(t.rows());
    rows.put(DAY_SCHOOL, new DecimalEntry(new BigDecimal("20"), Optional.empty(), Optional.empty()));
    Map<String, Parameter> parameters = new LinkedHashMap<>(pack.parameters());
    parameters.put("advanced", new Parameter.DecimalTable(rows, t.unit(), t.clause(), t.verification(), t.note()));
    RulePack equal = RulePack.builder().from(pack).parameters(parameters).build();
    WaterQuotas quotas = WaterQuotas.in(WaterFixtures.context(equal));
    // 2 500 m³ ÷ 100 persons = 25 > 通用值 20.
    WaterQuotaResult over = quotas.assess(SCHOOL, YEAR, DAY_SCHOOL, AnxiaoUnits.of("2500", AnxiaoUnits.CUBIC_METER), 100);
    assertEquals(QuotaTier.OVER, over.tier());
    assertEquals(0, new BigDecimal("20").compareTo(over.advanced()));
    // 1 500 ÷ 100 = 15 ≤ 先进值 20.
    assertEquals(QuotaTier.ADVANCED, quotas.assess(SCHOOL, YEAR, DAY_SCHOOL,
        AnxiaoUnits.of("1500", AnxiaoUnits.CUBIC_METER), 100).tier());
  }

  @Test
  void theQuotaCalculatorNeedsItsKindAndNamesItsPack() {
    WaterQuotas quotas = WaterQuotas.in(WaterFixtures.context(pack(QUOTAS)));
    assertEquals(List.<RuleKind<?>>of(WaterQuotaRule.KIND), quotas.requirements());
    String text = quotas.toString();
    assertTrue(text.startsWith("anxiao.energy.water-quota " + WaterFixtures.BEIJING + " " + WaterFixtures.DATE + " "),
        text);
    assertTrue(text.contains("test.water-quotas"), text);
  }
}
