package org.anxiao.logistics.waste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.testing.ShippedPacks;

/** Records, fictional TEST packs and contexts for the waste tests. */
final class WasteFixtures {
  /** Minhang, a district of Shanghai: the shipped 310000 waste-streams pack is in force there. */
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  static final Period S1 = Period.parse("AY2024-2025-S1");
  static final Period S2 = Period.parse("AY2024-2025-S2");
  static final Period OCTOBER = Period.parse("2024-10");

  private WasteFixtures() {}

  static Quantity<Mass> kg(String value) {
    return AnxiaoUnits.of(value, AnxiaoUnits.KILOGRAM_MASS);
  }

  static Quantity<Mass> g(String value) {
    return AnxiaoUnits.of(value, AnxiaoUnits.unit("g", "g", Mass.class));
  }

  static Quantity<Mass> t(String value) {
    return AnxiaoUnits.of(value, AnxiaoUnits.TONNE);
  }

  /** A volume passed where a mass is expected, as a caller bypassing generics (or a JSON reader) could. */
  @SuppressWarnings("unchecked")
  static Quantity<Mass> cubicMetres(String value) {
    Quantity<?> volume = AnxiaoUnits.of(value, AnxiaoUnits.CUBIC_METER);
    return (Quantity<Mass>) volume;
  }

  static FoodWasteRecord food(Period period, long meals, String plateKg, String purchasedKg, String lostKg,
      long trays, long clean) {
    return new FoodWasteRecord("C1", period, meals, kg(plateKg), kg(purchasedKg), kg(lostKg), trays, clean);
  }

  /** The worked canteen term: 12 000 meals, 450 kg plate waste, 8 000 kg bought, 360 kg lost, 1 020 of 1 200 trays clean. */
  static FoodWasteRecord worked() {
    return food(S1, 12_000, "450", "8000", "360", 1_200, 1_020);
  }

  /**
   * A fictional TEST pack of food-waste targets at {@code verification}, for Minhang, with the given
   * parameters as JSON members (e.g. {@code "maxLossRate": {"type": "decimal", "value": "0.04"}}).
   */
  static RulePack foodTargets(String verification, String parameters) {
    return ShippedPacks.read("""
        {"schemaVersion": "1.0", "id": "test.food-waste-targets", "version": "1.0.0",
         "kind": "anxiao.logistics.food-waste",
         "title": {"zh": "测试包（虚构）", "en": "Fictional TEST pack"},
         "jurisdiction": "310112", "validFrom": "2020-01-01",
         "source": {"issuer": "Anxiao tests (fictional)", "document": "WasteFixtures", "year": 2026},
         "verification": "%s",
         "parameters": {%s}}
        """.formatted(verification, parameters));
  }

  /** The TEST targets: at most 35 g per person-meal, a loss rate at most 0.04, a clean-tray rate at least 0.9. */
  static RulePack foodTargets(String verification) {
    return foodTargets(verification, """
        "maxPlateWastePerMeal": {"type": "decimal", "value": "35", "unit": "g"},
        "maxLossRate": {"type": "decimal", "value": "0.04"},
        "minCleanTrayRate": {"type": "decimal", "value": "0.9"}""");
  }

  static FoodWasteMeasures food(RulePack... packs) {
    return FoodWasteMeasures.in(context(packs));
  }

  static RuleContext context(RulePack... packs) {
    RulePackRegistry registry = packs.length == 0 ? RulePackRegistry.standard() : ShippedPacks.withPacks(packs);
    return RuleContext.of(registry, MINHANG, DAY);
  }

  static RuleContext allowing(RulePack... packs) {
    return context(packs).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
  }

  static StreamMass mass(WasteStream stream, String kg) {
    return new StreamMass(stream, kg(kg));
  }

  /**
   * The worked campus month (October 2024): recyclable 300 kg, hazardous 2 kg, wet 900 kg (360 kg of it
   * composted on site), residual 798 kg; 183 of 200 bins correctly sorted; 1 800 pupils and 200 staff over 22 days.
   */
  static WasteRecord campus() {
    return WasteRecord.of("main", OCTOBER, List.of(mass(WasteStream.RECYCLABLE, "300"), mass(WasteStream.HAZARDOUS, "2"),
        mass(WasteStream.WET, "900"), mass(WasteStream.RESIDUAL, "798")), kg("360"), 200, 183, 1_800, 200, 22);
  }

  static WasteRecord campus(List<StreamMass> masses, String onSiteKg, long inspected, long correct, long pupils,
      long staff, long days) {
    return WasteRecord.of("main", OCTOBER, masses, kg(onSiteKg), inspected, correct, pupils, staff, days);
  }

  /**
   * A fictional TEST copy of the shipped waste-streams pack for Minhang at {@code verification}, with
   * the extra parameters {@code extra} (JSON members) put over the shipped ones.
   */
  static RulePack streams(String id, String verification, String extra) {
    return ShippedPacks.testPack("logistics-waste", "sh-waste-streams.json", id, MINHANG, tree -> {
      tree.put("verification", verification);
      ObjectNode params = (ObjectNode) tree.get("parameters");
      try {
        JsonNode more = new ObjectMapper().readTree("{" + extra + "}");
        more.properties().forEach(e -> params.set(e.getKey(), e.getValue()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The TEST targets: accuracy ≥ 0.95, recycling ≥ 0.35, on-site ≥ 0.5, at most 0.04 kg per person per day. */
  static RulePack streamTargets(String verification) {
    return streams("test.waste-targets", verification, """
        "minSortingAccuracy": {"type": "decimal", "value": "0.95"},
        "minRecyclingRate": {"type": "decimal", "value": "0.35"},
        "minWetOnSiteShare": {"type": "decimal", "value": "0.5"},
        "maxPerPersonDay": {"type": "decimal", "value": "0.04", "unit": "kg"}""");
  }

  static WasteSorting sorting(RulePack... packs) {
    return WasteSorting.in(context(packs));
  }

  static List<StreamMass> masses(String... kgByStream) {
    List<StreamMass> out = new ArrayList<>();
    WasteStream[] streams = WasteStream.values();
    for (int i = 0; i < kgByStream.length; i++) {
      out.add(mass(streams[i], kgByStream[i]));
    }
    return out;
  }
}
