package org.anxiao.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import javax.measure.MetricPrefix;
import javax.measure.quantity.Power;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import tech.units.indriya.unit.Units;

/** Two contributions are equal when they define the same code the same way; equal ones hash alike. */
class UnitContributionEqualityTest {
  private static final javax.measure.Unit<Power> KW = MetricPrefix.KILO(Units.WATT);

  @Test
  void theSameDefinitionMadeTwiceIsEqualAndHashesAlike() {
    List<UnitContribution[]> pairs = List.of(
        new UnitContribution[] {UnitContribution.of("kW", KW), UnitContribution.of("kW", MetricPrefix.KILO(Units.WATT))},
        new UnitContribution[] {UnitContribution.of("kW", KW, Power.class), UnitContribution.of("kW", KW, Power.class)},
        new UnitContribution[] {UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1000)),
            UnitContribution.scaled("MW", "kW", new BigDecimal("1000.000"))},
        new UnitContribution[] {UnitContribution.scaled("MW", "kW", new BigDecimal("1E+3")),
            UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1000))});
    for (UnitContribution[] p : pairs) {
      assertEquals(p[0], p[1], p[0]::code);
      assertEquals(p[0].hashCode(), p[1].hashCode(), p[0]::code);
    }
  }

  @Test
  void contributionsDifferingInAnyPartAreNotEqual() {
    UnitContribution kw = UnitContribution.of("kW", KW);
    UnitContribution mw = UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1000));
    assertNotEquals(kw, UnitContribution.of("kw", KW), "code");
    assertNotEquals(kw, UnitContribution.of("kW", Units.WATT), "unit");
    assertNotEquals(kw, UnitContribution.of("kW", KW, Power.class), "quantity type");
    assertNotEquals(mw, UnitContribution.scaled("MW", "kWh", BigDecimal.valueOf(1000)), "base code");
    assertNotEquals(mw, UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1001)), "factor");
    assertNotEquals(mw, UnitContribution.scaled("kW", "kW", BigDecimal.valueOf(1000)), "code of a scaled unit");
    assertNotEquals(kw, mw);
    assertNotEquals(mw, kw);
    assertNotEquals(UnitContribution.of("MW", AnxiaoUnits.MEGAWATT_HOUR), mw, "a unit, not a multiple of a code");
    assertNotEquals(kw, "kW");
  }
}
