package org.anxiao.energy.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** Carrier kinds, weight checks, and a consumption's optional components and unit conversion. */
class CarrierBoundariesTest {
  private static final Month MARCH = new Month(2024, 3);

  private static EnumSet<Carrier> where(java.util.function.Predicate<Carrier> test) {
    return Arrays.stream(Carrier.values()).filter(test).collect(Collectors.toCollection(() -> EnumSet.noneOf(Carrier.class)));
  }

  @Test
  void electricityIsTheGridAndTheTwoPvRows() {
    assertEquals(EnumSet.of(Carrier.ELECTRICITY, Carrier.PV_SELF_CONSUMED, Carrier.PV_EXPORTED),
        where(Carrier::isElectricity));
  }

  @Test
  void energyUnitsAreKwhAndMj() {
    // kWh: the three electricity rows; MJ: heat. Everything else is in m³ or kg.
    assertEquals(EnumSet.of(Carrier.ELECTRICITY, Carrier.PV_SELF_CONSUMED, Carrier.PV_EXPORTED, Carrier.HEAT),
        where(Carrier::isMeasuredAsEnergy));
  }

  @Test
  void aNegativeWeightIsRefusedAndTheTextShowsTheWeights() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CarrierWeights.of("kgce", Map.of(Carrier.DIESEL, -0.5), List.of()));
    assertEquals(Optional.of("weights[DIESEL]"), e.field());
    String text = CarrierWeights.of("kgce", Map.of(Carrier.DIESEL, 1.4571), List.of()).toString();
    assertTrue(text.startsWith("CarrierWeights{kgce ["), text);
    assertTrue(text.contains("1.4571"), text);
  }

  private static Consumption gas(Optional<String> meter, Optional<String> building, Optional<BigDecimal> ncv) {
    return new Consumption(Carrier.NATURAL_GAS, MARCH, Measure.of("100", "m3"), meter, building, EndUse.WHOLE, false, ncv);
  }

  @Test
  void optionalComponentsAreCheckedWhenPresent() {
    assertEquals(Optional.of("meterId"), assertThrows(InvalidValueException.class,
        () -> gas(Optional.of(" "), Optional.empty(), Optional.empty())).field());
    assertEquals(Optional.of("buildingId"), assertThrows(InvalidValueException.class,
        () -> gas(Optional.empty(), Optional.of(" "), Optional.empty())).field());
    // Natural gas is a fuel, so a calorific value applies; zero is not a calorific value.
    assertEquals(Optional.of("measuredCalorificValue"), assertThrows(InvalidValueException.class,
        () -> gas(Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ZERO))).field());
  }

  @Test
  void theWireFormKeepsAGivenEndUse() {
    Consumption c = Consumption.fromJson(Carrier.ELECTRICITY, MARCH, Measure.of("10", "kWh"), null, null,
        EndUse.AIR_CONDITIONING, null, null);
    assertEquals(EndUse.AIR_CONDITIONING, c.endUse());
    assertEquals(EndUse.WHOLE, Consumption.fromJson(Carrier.ELECTRICITY, MARCH, Measure.of("10", "kWh"), null, null,
        null, null, null).endUse());
  }

  @Test
  void exactValueConvertsToTheCarriersUnit() {
    // 1.5 MWh = 1 500 kWh.
    assertEquals(0, new BigDecimal("1500").compareTo(Consumption.of(Carrier.ELECTRICITY, MARCH, "1.5", "MWh").exactValue()));
    // Already in kWh: the amount as given.
    assertEquals(new BigDecimal("12.5"), Consumption.of(Carrier.ELECTRICITY, MARCH, "12.5", "kWh").exactValue());
  }
}
