package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import javax.measure.MetricPrefix;
import javax.measure.quantity.Power;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.UnitContribution;
import org.junit.jupiter.api.Test;
import tech.units.indriya.unit.Units;

/**
 * Merging contributed unit codes over core's: order-independent scaled definitions, and a clear
 * {@link VocabularyException} naming the code and both providers whenever a code, a unit or a
 * quantity type would get two meanings.
 */
class UnitVocabularyTest {
  static class KilowattVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.of("kW", MetricPrefix.KILO(Units.WATT), Power.class));
    }
  }

  /** Defines kW as a thousand times too large. */
  /** The same kW as {@link KilowattVocabulary}, from another provider. */
  static final class SameKilowattVocabulary extends KilowattVocabulary {}

  static final class WrongKilowattVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.of("kW", MetricPrefix.MEGA(Units.WATT)));
    }
  }

  /** Defines MW relative to the kW of another provider, and GW relative to its own MW. */
  static final class MegawattVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.scaled("GW", "MW", BigDecimal.valueOf(1000)),
          UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1000)));
    }
  }

  /** Redefines core's kWh as a kilojoule. */
  static final class KwhVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.scaled("kWh", "kJ", BigDecimal.ONE));
    }
  }

  /** Gives core's kWh unit a second code. */
  static final class AliasVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.of("kilowattHour", AnxiaoUnits.KILOWATT_HOUR));
    }
  }

  /** Claims Power for a different reference unit. */
  static final class WattVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.of("W", Units.WATT, Power.class));
    }
  }

  static final class DanglingVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.scaled("hp", "PS", new BigDecimal("1.0139")));
    }
  }

  static final class NullVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return null;
    }
  }

  static final class FailingVocabulary implements AnxiaoVocabulary {
    @Override
    public List<UnitContribution> units() {
      return List.of(UnitContribution.of("k W", Units.WATT));
    }
  }

  private static VocabularyException refused(AnxiaoVocabulary... providers) {
    return assertThrows(VocabularyException.class, () -> AnxiaoUnits.merged(List.of(providers)));
  }

  private static void names(VocabularyException e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "message names " + p + ": " + e.getMessage());
    }
  }

  @Test
  void scaledUnitsResolveInAnyOrderAcrossProviders() {
    UnitTable t = AnxiaoUnits.merged(List.of(new MegawattVocabulary(), new KilowattVocabulary()));
    assertTrue(t.codes.containsAll(List.of("kW", "MW", "GW", "kWh")), t.codes.toString());
    assertEquals("GW", t.codeOf.get(t.byCode.get("GW")));
    assertEquals(t.byCode.get("kW"), t.byType.get(Power.class));
    assertEquals(0, new BigDecimal("1000000").compareTo(AnxiaoUnits.toDecimal(
        AnxiaoUnits.of("1", t.byCode.get("GW").asType(Power.class)), t.byCode.get("kW").asType(Power.class))));
  }

  @Test
  void theSameDefinitionTwiceIsNoClash() {
    UnitTable t = AnxiaoUnits.merged(List.of(new KilowattVocabulary(), new SameKilowattVocabulary()));
    assertEquals(MetricPrefix.KILO(Units.WATT), t.byCode.get("kW"));
  }

  @Test
  void twoProvidersGivingOneCodeDifferentUnitsClash() {
    VocabularyException e = refused(new KilowattVocabulary(), new WrongKilowattVocabulary());
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("unit", e.field().orElseThrow());
    assertEquals("kW", e.value().orElseThrow());
    names(e, KilowattVocabulary.class.getName(), WrongKilowattVocabulary.class.getName());
  }

  @Test
  void aProviderRedefiningACoreCodeClashes() {
    VocabularyException e = refused(new KwhVocabulary());
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("kWh", e.value().orElseThrow());
    names(e, Contributions.CORE, KwhVocabulary.class.getName());
  }

  @Test
  void aSecondCodeForOneUnitClashes() {
    VocabularyException e = refused(new AliasVocabulary());
    assertEquals(VocabularyException.CLASH, e.errorCode());
    names(e, "kWh", "kilowattHour", Contributions.CORE, AliasVocabulary.class.getName());
  }

  @Test
  void twoReferenceUnitsForOneQuantityTypeClash() {
    VocabularyException e = refused(new KilowattVocabulary(), new WattVocabulary());
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("quantity type", e.field().orElseThrow());
    assertEquals(Power.class.getName(), e.value().orElseThrow());
    names(e, KilowattVocabulary.class.getName(), WattVocabulary.class.getName());
  }

  @Test
  void aScaledUnitOfAnUndefinedCodeIsInvalid() {
    VocabularyException e = refused(new DanglingVocabulary());
    assertEquals(VocabularyException.INVALID, e.errorCode());
    assertEquals("hp", e.value().orElseThrow());
    names(e, "PS", DanglingVocabulary.class.getName());
  }

  @Test
  void aProviderThatFailsIsNamed() {
    VocabularyException nul = refused(new NullVocabulary());
    assertEquals(VocabularyException.INVALID, nul.errorCode());
    names(nul, NullVocabulary.class.getName(), "null");
    VocabularyException failing = refused(new FailingVocabulary());
    names(failing, FailingVocabulary.class.getName(), "k W");
    assertTrue(failing.getCause() instanceof InvalidValueException, String.valueOf(failing.getCause()));
  }

  @Test
  void contributionsValidateTheirArguments() {
    assertThrows(InvalidValueException.class, () -> UnitContribution.of("", Units.WATT));
    assertThrows(InvalidValueException.class, () -> UnitContribution.of("kW h", Units.WATT));
    assertThrows(InvalidValueException.class, () -> UnitContribution.of("-kW", Units.WATT));
    assertThrows(MissingValueException.class, () -> UnitContribution.of(null, Units.WATT));
    assertThrows(MissingValueException.class, () -> UnitContribution.of("kW", null));
    assertThrows(MissingValueException.class, () -> UnitContribution.of("kW", Units.WATT, null));
    assertThrows(InvalidValueException.class, () -> UnitContribution.scaled("MW", "kW", BigDecimal.ZERO));
    assertThrows(InvalidValueException.class, () -> UnitContribution.scaled("MW", "k W", BigDecimal.TEN));
    assertThrows(MissingValueException.class, () -> UnitContribution.scaled("MW", "kW", null));
    UnitContribution mw = UnitContribution.scaled("MW", "kW", new BigDecimal("1000"));
    assertEquals(mw, UnitContribution.scaled("MW", "kW", new BigDecimal("1000.0")));
    assertEquals(mw.hashCode(), UnitContribution.scaled("MW", "kW", new BigDecimal("1000.0")).hashCode());
    assertEquals("MW = 1000 kW", mw.toString());
  }
}
