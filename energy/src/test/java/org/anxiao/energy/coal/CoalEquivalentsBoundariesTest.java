package org.anxiao.energy.coal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/**
 * Which carriers get a batch weight under packs with and without the optional rows, the record
 * checks of lines and results, and the calculator's identity (pack cn.gbt2589.coal-equivalent@1.0.0).
 */
class CoalEquivalentsBoundariesTest {
  private static final CalendarYear YEAR = new CalendarYear(2024);
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");

  /** The national pack with its parameters changed by {@code change}, alone in a registry. */
  private static CoalEquivalents altered(String id, Consumer<Map<String, Parameter>> change) {
    RulePack pack = CoalPackFixtures.nationalPack();
    Map<String, Parameter> parameters = new LinkedHashMap<>(pack.parameters());
    change.accept(parameters);
    RulePack altered = RulePack.builder().from(pack).id(id).title(LocalizedText.of("测试包", "Fictional TEST pack"))
        .parameters(parameters).build();
    RulePackRegistry registry = RulePackRegistry.builder().kind(CoalEquivalentRule.KIND).add(altered).build();
    return CoalEquivalents.in(RuleContext.of(registry, JurisdictionCode.CN, LocalDate.of(2024, 12, 31)));
  }

  private static Parameter.Flag includeWater() {
    return new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void electricityWeighsOnThePrimaryBasisOnlyWhereThePackGivesIt() {
    CoalEquivalents national = CoalEquivalentsTest.coal(JurisdictionCode.CN);
    assertEquals(OptionalDouble.of(0.3055), national.weights(ElectricityBasis.PRIMARY).weight(Carrier.ELECTRICITY));
    CoalEquivalents noPrimary = altered("test.coal-without-primary", p -> p.remove("electricityPrimary"));
    assertEquals(OptionalDouble.of(0.1229), noPrimary.weights(ElectricityBasis.CALORIFIC).weight(Carrier.ELECTRICITY));
    CarrierWeights primary = noPrimary.weights(ElectricityBasis.PRIMARY);
    assertEquals(OptionalDouble.empty(), primary.weight(Carrier.ELECTRICITY));
    assertEquals(OptionalDouble.empty(), primary.weight(Carrier.PV_SELF_CONSUMED));
    // Heat does not depend on the basis: 0.03412 kgce/MJ.
    assertEquals(OptionalDouble.of(0.03412), primary.weight(Carrier.HEAT));
  }

  @Test
  void waterWeighsZeroUnlessThePackCountsItAndThenItsRowOrNothing() {
    // National pack: water not counted, weight zero.
    CoalEquivalents national = CoalEquivalentsTest.coal(JurisdictionCode.CN);
    assertEquals(OptionalDouble.of(0), national.weights(ElectricityBasis.CALORIFIC).weight(Carrier.WATER));
    CoalEquivalents counted = altered("test.coal-water", p -> {
      p.put("includeWater", includeWater());
      p.put("water", new Parameter.Decimal(new BigDecimal("0.0857"), Optional.of("kgce/m3"), Optional.empty(),
          Optional.empty(), Optional.empty()));
    });
    assertEquals(OptionalDouble.of(0.0857), counted.weights(ElectricityBasis.CALORIFIC).weight(Carrier.WATER));
    CoalEquivalents noRow = altered("test.coal-water-without-row", p -> p.put("includeWater", includeWater()));
    assertEquals(OptionalDouble.empty(), noRow.weights(ElectricityBasis.CALORIFIC).weight(Carrier.WATER));
  }

  @Test
  void aFuelWithoutARowHasNoWeight() {
    CarrierWeights w = CoalPackFixtures.withoutOilFieldGas().weights(ElectricityBasis.CALORIFIC);
    assertEquals(OptionalDouble.empty(), w.weight(Carrier.NATURAL_GAS_OIL_FIELD));
    assertEquals(OptionalDouble.of(1.2143), w.weight(Carrier.NATURAL_GAS));
  }

  @Test
  void identity() {
    CoalEquivalents national = CoalEquivalentsTest.coal(JurisdictionCode.CN);
    assertEquals(List.of(CoalEquivalentRule.KIND), national.requirements());
    String text = national.toString();
    assertTrue(text.startsWith("anxiao.energy.coal-equivalent CN 2024-12-31 "), text);
    assertTrue(text.contains("cn.gbt2589.coal-equivalent"), text);
  }

  @Test
  void lineChecksNameTheirField() {
    assertEquals(Optional.of("amount"), assertThrows(InvalidValueException.class,
        () -> new CarrierLine(Carrier.DIESEL, -1, 0, BigDecimal.ONE, 0, true)).field());
    assertEquals(Optional.of("estimatedAmount"), assertThrows(InvalidValueException.class,
        () -> new CarrierLine(Carrier.DIESEL, 1, 2, BigDecimal.ONE, 1, true)).field());
    assertEquals(Optional.of("kgce"), assertThrows(InvalidValueException.class,
        () -> new CarrierLine(Carrier.DIESEL, 1, 0, BigDecimal.ONE, -1, true)).field());
  }

  private static CoalEquivalentResult result(double estimated, double total) {
    CarrierLine line = new CarrierLine(Carrier.DIESEL, 10, estimated, new BigDecimal("1.4571"), 14.571, true);
    return new CoalEquivalentResult(SCHOOL, YEAR, ElectricityBasis.CALORIFIC, List.of(line), total, List.of(), List.of(),
        List.of());
  }

  @Test
  void resultChecksAndAccessors() {
    // 10 kg diesel × 1.4571 = 14.571 kgce.
    assertEquals(Optional.of("totalKgce"), assertThrows(InvalidValueException.class, () -> result(0, -1)).field());
    assertFalse(result(0, 14.571).anyEstimated());
    assertTrue(result(2, 14.571).anyEstimated());
    assertEquals(Optional.of(YEAR), result(0, 14.571).period());
  }
}
