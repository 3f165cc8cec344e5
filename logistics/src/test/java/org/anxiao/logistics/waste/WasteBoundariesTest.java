package org.anxiao.logistics.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleValue;
import org.junit.jupiter.api.Test;

/** The edges the worked examples do not reach: the ends of [0, 1], labels, registry errors passed on. */
class WasteBoundariesTest {
  private static final Optional<BigDecimal> ZERO = Optional.of(BigDecimal.ZERO);
  private static final Optional<BigDecimal> ONE = Optional.of(BigDecimal.ONE);

  @Test
  void ratesAtBothEndsOfTheUnitIntervalAreAccepted() {
    FoodWasteFigures low = new FoodWasteFigures(ZERO, ZERO, ZERO);
    assertEquals(ZERO, low.lossRate());
    FoodWasteFigures high = new FoodWasteFigures(ONE, ONE, ONE);
    assertEquals(ONE, high.cleanTrayRate());
    assertEquals(ZERO, new StreamShare(WasteStream.WET, BigDecimal.ZERO, ZERO).share());
    assertEquals(ONE, new StreamShare(WasteStream.WET, BigDecimal.ONE, ONE).share());
    // Recovered equal to the total is accepted: all recyclable, 10 kg of 10 kg = 1.0000.
    WasteFigures all = WasteFixtures.sorting().sort(WasteFixtures.campus(WasteFixtures.masses("10"), "0", 0, 0, 1, 0, 1))
        .figures();
    assertEquals(Optional.of(new BigDecimal("1.0000")), all.recyclingRate());
    assertEquals(0, all.recoveredKg().compareTo(all.totalKg()));
    // Nothing recovered: 0.0000, not absent.
    WasteFigures none = WasteFixtures.sorting().sort(WasteFixtures.campus(WasteFixtures.masses("0", "0", "0", "10"), "0",
        0, 0, 1, 0, 1)).figures();
    assertEquals(Optional.of(new BigDecimal("0.0000")), none.recyclingRate());
    // A zero clean-tray rate and a zero loss rate are values.
    FoodWasteFigures zero = WasteFixtures.food().measure(WasteFixtures.food(WasteFixtures.S1, 10, "0", "10", "0", 10, 0))
        .figures();
    assertEquals(Optional.of(new BigDecimal("0.0000")), zero.cleanTrayRate());
    assertEquals(Optional.of(new BigDecimal("0.0000")), zero.lossRate());
    assertEquals(Optional.of(new BigDecimal("0.00")), zero.plateWastePerMeal());
  }

  @Test
  void figuresRefuseNegativeMasses() {
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> new WasteFigures(new BigDecimal("-1"), List.of(),
        Optional.empty(), BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> new WasteFigures(BigDecimal.ONE, List.of(),
        Optional.empty(), BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("-0.001"))));
    assertThrows(org.anxiao.core.error.InvalidValueException.class,
        () -> new StreamShare(WasteStream.WET, new BigDecimal("-1"), Optional.empty()));
    WasteFigures ok = new WasteFigures(BigDecimal.ONE, List.of(), Optional.empty(), BigDecimal.ONE, Optional.empty(),
        Optional.empty(), Optional.of(BigDecimal.ZERO));
    assertEquals(Optional.of(BigDecimal.ZERO), ok.perPersonDay());
    assertEquals(Optional.empty(), ok.share(WasteStream.WET));
  }

  @Test
  void labelsAreBilingual() {
    assertEquals("光盘率", FoodWasteMeasure.CLEAN_TRAY_RATE.label().zh());
    assertEquals("ingredient loss rate", FoodWasteMeasure.LOSS_RATE.label().en());
    assertEquals("人均餐余（克/人次）", FoodWasteMeasure.PLATE_WASTE_PER_MEAL.label().zh());
    assertTrue(FoodWasteMeasure.PLATE_WASTE_PER_MEAL.lowerIsBetter());
    assertTrue(FoodWasteMeasure.LOSS_RATE.lowerIsBetter());
    assertFalse(FoodWasteMeasure.CLEAN_TRAY_RATE.lowerIsBetter());
    assertEquals("资源回收率", WasteMeasure.RECYCLING_RATE.label().zh());
    assertEquals("sorting accuracy", WasteMeasure.SORTING_ACCURACY.label().en());
    assertEquals("湿垃圾就地处理率", WasteMeasure.WET_ON_SITE_SHARE.label().zh());
    assertEquals("waste per person per day (kg)", WasteMeasure.PER_PERSON_DAY.label().en());
    assertEquals("干垃圾", WasteStream.RESIDUAL.label().zh());
    assertEquals("hazardous", WasteStream.HAZARDOUS.label().en());
  }

  @Test
  void registryErrorsOtherThanNotFoundArePassedOn() {
    // Two food-waste packs for the same place and day: the registry cannot choose; not swallowed as "no pack".
    var a = WasteFixtures.foodTargets("SECONDARY");
    var b = org.anxiao.core.testing.ShippedPacks.read("""
        {"schemaVersion": "1.0", "id": "test.food-waste-other", "version": "1.0.0",
         "kind": "anxiao.logistics.food-waste",
         "title": {"zh": "测试包（虚构）", "en": "Fictional TEST pack"},
         "jurisdiction": "310112", "validFrom": "2020-01-01",
         "source": {"issuer": "Anxiao tests (fictional)", "document": "WasteBoundariesTest", "year": 2026},
         "verification": "SECONDARY",
         "parameters": {"maxLossRate": {"type": "decimal", "value": "0.05"}}}
        """);
    RulePackException e = assertThrows(RulePackException.class, () -> WasteFixtures.food(a, b));
    assertEquals(RulePackException.AMBIGUOUS, e.errorCode());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aRuleWhoseValuesAreNotSetsIsRefused() {
    WasteStreamRule shipped = WasteFixtures.context().bind(WasteStreamRule.KIND).value();
    AppliedRule applied = shipped.streams().applied();
    RuleValue notASet = new RuleValue(List.of(WasteStream.WET), applied);
    assertThrows(RulePackException.class, () -> new WasteStreamRule(notASet, shipped.recovered(),
        shipped.wetOnSiteRecovered(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(RulePackException.class, () -> new WasteStreamRule(shipped.streams(), notASet,
        shipped.wetOnSiteRecovered(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    RuleValue<Set<WasteStream>> wetOnly = new RuleValue<>(Set.of(WasteStream.WET), applied);
    // Recovered may equal the streams in force.
    assertEquals(Set.of(WasteStream.WET), new WasteStreamRule(wetOnly, wetOnly, shipped.wetOnSiteRecovered(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()).recovered().value());
  }
}
