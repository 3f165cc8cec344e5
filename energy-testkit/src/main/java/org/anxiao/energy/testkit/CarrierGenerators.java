package org.anxiao.energy.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of carriers, of the unit codes an amount of each carrier may be written in, and of
 * the electricity basis.
 *
 * <p>Invariant: {@link #unitsOf} gives only codes of the carrier's own kind (energy for electricity,
 * PV and heat; volume for gas and water; mass for liquid fuels, coal and steam), which a
 * {@code Consumption} accepts; {@link #wrongUnitsOf} only codes of another kind, which it refuses
 * with {@code UNIT_MISMATCH}.
 */
public final class CarrierGenerators {
  private static final List<String> ENERGY = List.of("kWh", "MWh", "kJ", "MJ", "GJ");
  private static final List<String> VOLUME = List.of("m3");
  private static final List<String> MASS = List.of("kg", "t");
  private static final Map<String, List<String>> BY_OWN_UNIT = Map.of("kWh", ENERGY, "MJ", ENERGY, "m3", VOLUME, "kg", MASS);
  private static final List<String> OTHER_KINDS = List.of("m2", "kgCO2e", "tCO2e", "1");

  private CarrierGenerators() {}

  /** {@return every carrier, water included} */
  public static Gen<Carrier> carriers() {
    return Generate.pick(Arrays.asList(Carrier.values()));
  }

  /** {@return the carriers that count as energy under the national coal-equivalent pack: all but water and exported PV} */
  public static Gen<Carrier> energyCarriers() {
    return Generate.pick(countedCarriers());
  }

  /** {@return the carriers the national pack converts with values of at least SECONDARY verification (all counted ones but steam)} */
  public static List<Carrier> verifiedCarriers() {
    return countedCarriers().stream().filter(c -> c != Carrier.STEAM).toList();
  }

  /** {@return the carriers counted in total energy under the national pack: all but water and exported PV} */
  public static List<Carrier> countedCarriers() {
    return Arrays.stream(Carrier.values()).filter(c -> c != Carrier.WATER && c != Carrier.PV_EXPORTED).toList();
  }

  /** {@return the fuels burnt on site ({@link Carrier#isFuel()})} */
  public static List<Carrier> fuels() {
    return Arrays.stream(Carrier.values()).filter(Carrier::isFuel).toList();
  }

  /**
   * {@return the unit codes of the carrier's kind, its own unit first}
   *
   * @param carrier the carrier
   */
  public static List<String> unitCodesOf(Carrier carrier) {
    return BY_OWN_UNIT.get(carrier.unit());
  }

  /**
   * {@return unit codes of the carrier's kind (e.g. kWh, MWh, kJ, MJ, GJ for electricity)}
   *
   * @param carrier the carrier
   */
  public static Gen<String> unitsOf(Carrier carrier) {
    return Generate.pick(unitCodesOf(carrier));
  }

  /**
   * {@return unit codes of another kind than the carrier's: other energy-module kinds and m², CO₂e, count}
   *
   * @param carrier the carrier
   */
  public static Gen<String> wrongUnitsOf(Carrier carrier) {
    List<String> wrong = new java.util.ArrayList<>(OTHER_KINDS);
    BY_OWN_UNIT.values().stream().distinct().filter(l -> !l.equals(unitCodesOf(carrier))).forEach(wrong::addAll);
    return Generate.pick(wrong);
  }

  /** {@return both electricity bases} */
  public static Gen<ElectricityBasis> bases() {
    return Generate.enumValues(ElectricityBasis.class);
  }
}
