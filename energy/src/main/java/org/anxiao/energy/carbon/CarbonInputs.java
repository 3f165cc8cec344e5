package org.anxiao.energy.carbon;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.energy.carrier.Consumption;
import org.jspecify.annotations.Nullable;

/**
 * What a carbon account is asked for (碳排放核算输入): the consumptions of the period, the
 * location-based factor sets wanted side by side, whether a market-based figure is wanted, and the
 * market instruments (green power, certificates) it may count at zero.
 *
 * <p>Invariants: no factor set twice; green power and certificates only with {@code marketBased}
 * (they mean nothing to a location-based figure, and are never silently ignored). Wire form:
 * {@code {"consumptions": [...], "factorSets": [{"kind": "anxiao.energy.grid-factors.mee", "region": "CN"}],
 * "marketBased": true, "greenPower": [...], "certificates": [...]}}, where every field but
 * {@code consumptions} may be absent. Immutable and thread-safe.
 *
 * @param consumptions the consumptions of the period (fuels, grid electricity, heat, PV)
 * @param factorSets   the location-based figures wanted, in the order reported
 * @param marketBased  whether a market-based figure is wanted
 * @param greenPower   green power bought for the period (绿电)
 * @param certificates unbundled green certificates retired for the period (绿证)
 */
public record CarbonInputs(List<Consumption> consumptions, List<FactorSet> factorSets, boolean marketBased,
    List<GreenPowerPurchase> greenPower, List<GreenCertificates> certificates) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param consumptions the consumptions of the period
   * @param factorSets   the location-based figures wanted
   * @param marketBased  whether a market-based figure is wanted
   * @param greenPower   green power bought for the period
   * @param certificates green certificates retired for the period
   */
  public CarbonInputs {
    consumptions = Bounds.list("consumptions", consumptions);
    factorSets = Bounds.list("factorSets", factorSets);
    greenPower = Bounds.list("greenPower", greenPower);
    certificates = Bounds.list("certificates", certificates);
    Set<FactorSet> seen = new HashSet<>();
    for (int i = 0; i < factorSets.size(); i++) {
      Require.that(seen.add(factorSets.get(i)), "factorSets[" + i + "]", factorSets.get(i), "is asked for twice");
    }
    Require.that(marketBased || greenPower.isEmpty(), "greenPower", greenPower.size() + " purchases",
        "count only in a market-based figure: set marketBased");
    Require.that(marketBased || certificates.isEmpty(), "certificates", certificates.size() + " entries",
        "count only in a market-based figure: set marketBased");
  }

  /** Reads the wire form, where every field but {@code consumptions} may be absent. */
  @JsonCreator
  static CarbonInputs fromJson(@JsonProperty("consumptions") List<Consumption> consumptions,
      @JsonProperty("factorSets") @Nullable List<FactorSet> factorSets,
      @JsonProperty("marketBased") @Nullable Boolean marketBased,
      @JsonProperty("greenPower") @Nullable List<GreenPowerPurchase> greenPower,
      @JsonProperty("certificates") @Nullable List<GreenCertificates> certificates) {
    return new CarbonInputs(consumptions, Objects.requireNonNullElse(factorSets, List.of()), Boolean.TRUE.equals(marketBased),
        Objects.requireNonNullElse(greenPower, List.of()), Objects.requireNonNullElse(certificates, List.of()));
  }

  /**
   * {@return inputs of {@code consumptions} with no Scope 2 figure asked for yet (enough for fuels only)}
   *
   * @param consumptions the consumptions of the period
   */
  public static CarbonInputs of(List<Consumption> consumptions) {
    return new CarbonInputs(consumptions, List.of(), false, List.of(), List.of());
  }

  /**
   * {@return the same inputs asking for the location-based figures of {@code sets}, in that order}
   *
   * @param sets the factor sets and rows, e.g. Shanghai reporting, MEE Shanghai, MEE national
   */
  public CarbonInputs withFactorSets(List<FactorSet> sets) {
    return new CarbonInputs(consumptions, sets, marketBased, greenPower, certificates);
  }

  /**
   * {@return the same inputs asking for the market-based figure, counting {@code greenPower} and
   * {@code certificates} at zero where the accounting pack says so}
   *
   * @param greenPower   green power bought for the period (may be empty)
   * @param certificates green certificates retired for the period (may be empty)
   */
  public CarbonInputs withMarketBased(List<GreenPowerPurchase> greenPower, List<GreenCertificates> certificates) {
    return new CarbonInputs(consumptions, factorSets, true, greenPower, certificates);
  }
}
