package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.vector.DataFile;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorOutcome;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CarrierLine;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The vector family {@code energy.coal-equivalent}: consumptions of a period converted to kgce by
 * calculator {@code anxiao.energy.coal-equivalent}, in the form of
 * {@code conformance/energy/coal-equivalent.json}.
 *
 * <p>Inputs range over Beijing (national pack only) and Shanghai (city and district, where the
 * DB31/T 783 primary-electricity pack layers over the national one), dates on and around the
 * packs' first day and later, the three verification policies, both electricity bases, every
 * carrier in every unit of its kind, measured calorific values, metered months, and about one in
 * eight inputs that the calculator must refuse. Expected: {@code decimals} 2, {@code totalKgce} and
 * each line's {@code kgce} rounded half-to-even to two places, whether each line counts, and the
 * rule values used in first-use order.
 */
public final class CoalEquivalentFamily implements VectorFamily {
  /** The national pack's id. */
  public static final String NATIONAL_PACK = "cn.gbt2589.coal-equivalent";
  /** Shanghai's primary-electricity pack id. */
  public static final String SHANGHAI_PACK = "sh.db31-783.electricity-primary";
  private static final int DECIMALS = 2;
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");
  private static final List<String> JURISDICTIONS = List.of("110000", "310000", "310112");
  private static final List<String> POLICIES = List.of("DEFAULT", "DEFAULT", "DEFAULT", "ALLOW_UNVERIFIED",
      "ALLOW_UNVERIFIED", "OFFICIAL_ONLY");

  /** Creates the family (for {@link java.util.ServiceLoader}). */
  public CoalEquivalentFamily() {}

  @Override
  public String name() {
    return "energy.coal-equivalent";
  }

  @Override
  public String calculator() {
    return CoalEquivalents.ID.value();
  }

  @Override
  public String description() {
    return "Standard coal equivalent (折标准煤) per GB/T 2589-2020: consumptions of a period → kgce by carrier and in "
        + "total, on the calorific (当量值) or primary (等价值) electricity basis. Input: jurisdiction, date (picks the "
        + "packs), policy, period, basis, consumptions (wire form of Consumption). Expected: totalKgce and each line's "
        + "kgce rounded half-to-even to `decimals` places, whether each line counts, and the rule values used in "
        + "first-use order as pack@version/parameter.";
  }

  @Override
  public List<String> packs() {
    return List.of(NATIONAL_PACK + "@1.0.0", SHANGHAI_PACK + "@1.0.0");
  }

  @Override
  public List<DataFile> dataFiles() {
    return List.of(
        pack(NATIONAL_PACK + "@1.0.0", "cn-gbt2589-coal-equivalent.json", "The national GB/T 2589-2020 coefficients: "
            + "1 kgce = 29 307 kJ, electricity 0.1229 (当量值) and 0.3055 (等价值, national 2020 supply coal rate), natural "
            + "gas 1.2143 / 1.3300, liquid fuels, coal, steam (UNVERIFIED), heat 0.03412 kgce/MJ; water not counted."),
        pack(SHANGHAI_PACK + "@1.0.0", "sh-db31-783-electricity-primary.json",
            "Shanghai (310000): electricity 等价值 0.28078 kgce/kWh from DB31/T 783, UNVERIFIED."));
  }

  private static DataFile pack(String ref, String file, String description) {
    return DataFile.pack(ref, "energy", "META-INF/anxiao/packs/energy/" + file, description);
  }


  @Override
  public Map<String, String> notes() {
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("Calorific", "Electricity on the calorific basis (当量值).");
    notes.put("Primary", "Electricity on the primary-energy basis (等价值).");
    notes.put("UnitConversion", "An amount given in another unit of the carrier's kind.");
    notes.put("Water", "Water is not energy unless a pack opts in.");
    notes.put("PV", "On-site photovoltaic generation, self-consumed or exported.");
    notes.put("MeasuredCalorificValue", "A fuel's measured net calorific value replaces the table row.");
    notes.put("Layering", "A narrower pack overrides a wider one only where it defines the parameter.");
    notes.put("Selection", "Which pack is in force on the date.");
    notes.put("BadInput", "Input the calculator must refuse with the error code.");
    return notes;
  }

  @Override
  public Gen<ObjectNode> inputs() {
    LocalDate first = EnergyPacks.firstDay(NATIONAL_PACK);
    Gen<LocalDate> dates = Generate.pick(List.of(first.minusDays(1), first, first.plusDays(1), first.plusYears(1).minusDays(1)))
        .mix(integers().between(0, 6 * 365).map(d -> first.plusDays(d)), 70);
    Gen<Carrier> carriers = CarrierGenerators.carriers();
    return in -> {
      ObjectNode input = JsonNodeFactory.instance.objectNode();
      LocalDate date = dates.generate(in);
      input.put("jurisdiction", Generate.pick(JURISDICTIONS).generate(in));
      input.put("date", date.toString());
      input.put("policy", Generate.pick(POLICIES).generate(in));
      boolean monthly = integers().between(0, 4).generate(in) == 0;
      String period = monthly ? date.toString().substring(0, 7) : Integer.toString(date.getYear());
      input.put("period", period);
      input.put("basis", CarrierGenerators.bases().generate(in).name());
      ArrayNode consumptions = input.putArray("consumptions");
      int count = integers().between(1, 6).generate(in);
      for (int i = 0; i < count; i++) {
        Carrier carrier = carriers.generate(in);
        ObjectNode c = consumptions.addObject();
        c.put("carrier", carrier.name());
        int month = integers().between(1, 12).generate(in);
        boolean byMonth = !monthly && integers().between(0, 2).generate(in) == 0;
        c.put("period", byMonth ? String.format("%d-%02d", date.getYear(), month) : period);
        ObjectNode amount = c.putObject("amount");
        amount.put("value", amount(in));
        amount.put("unit", CarrierGenerators.unitsOf(carrier).generate(in));
        if (byMonth && integers().between(0, 1).generate(in) == 0) {
          c.put("meterId", "M" + (i + 1));
        }
        if ((carrier.isFuel() || carrier == Carrier.STEAM) && integers().between(0, 5).generate(in) == 0) {
          c.put("measuredCalorificValue", BigDecimal.valueOf(integers().between(20_000, 50_000).generate(in)).toPlainString());
        }
      }
      if (integers().between(0, 7).generate(in) == 0) {
        spoil(input, consumptions, integers().between(0, 7).generate(in), date.getYear());
      }
      return input;
    };
  }

  /** Amounts from 0 to 10⁷, mostly whole, some with up to three decimals. */
  private static String amount(org.quicktheories.core.RandomnessSource in) {
    long milli = integers().between(0, 3).generate(in) == 0
        ? integers().between(0, 1_000_000).generate(in)
        : integers().between(0, 10_000).generate(in) * 1000L * (1 + integers().between(0, 999).generate(in));
    return BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString().replace("E", "");
  }

  /** Makes the input one the calculator must refuse, in one of eight ways. */
  private static void spoil(ObjectNode input, ArrayNode consumptions, int how, int year) {
    ObjectNode first = (ObjectNode) consumptions.get(0);
    Carrier carrier = Carrier.valueOf(first.path("carrier").asText());
    ObjectNode amount = (ObjectNode) first.path("amount");
    switch (how) {
      case 0 -> amount.put("value", "-" + (amount.path("value").asText().equals("0") ? "1" : amount.path("value").asText()));
      case 1 -> amount.put("unit", carrier.unit().equals("kg") ? "kWh" : "kg");
      case 2 -> first.put("carrier", "TOWN_GAS");
      case 3 -> consumptions.removeAll();
      case 4 -> first.put("period", Integer.toString(year - 1));
      case 5 -> {
        first.put("carrier", "ELECTRICITY");
        amount.put("unit", "kWh");
        first.put("measuredCalorificValue", "3600");
      }
      case 6 -> amount.put("value", "12,5");
      default -> {
        // The same meter over a month and the quarter holding it.
        first.put("meterId", "E1");
        first.put("period", year + "-03");
        ObjectNode overlap = first.deepCopy();
        overlap.put("period", year + "-Q1");
        consumptions.add(overlap);
        input.put("period", Integer.toString(year));
      }
    }
  }

  @Override
  public VectorOutcome run(JsonNode input) {
    return VectorOutcome.of(() -> {
      try {
        return expected(convert(input));
      } catch (WireFormatException e) {
        throw e.modelError().orElse(e);
      }
    });
  }

  /**
   * {@return the library's result on one input of this family}
   *
   * @param input the input, in the form of the vector file's {@code input}
   */
  public static CoalEquivalentResult convert(JsonNode input) {
    RuleContext context = RuleContext.of(RulePackRegistry.standard(), JurisdictionCode.of(input.path("jurisdiction").asText()),
        LocalDate.parse(input.path("date").asText()));
    context = switch (input.path("policy").asText("DEFAULT")) {
      case "ALLOW_UNVERIFIED" -> context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
      case "OFFICIAL_ONLY" -> context.withPolicy(VerificationPolicy.OFFICIAL_ONLY);
      default -> context;
    };
    // In the order the runner evaluates them: the packs first, then the period, then the consumptions.
    CoalEquivalents coal = CoalEquivalents.in(context);
    Period period = Period.parse(input.path("period").asText());
    List<Consumption> consumptions = new ArrayList<>();
    for (JsonNode c : input.path("consumptions")) {
      consumptions.add(AnxiaoJson.strict().read(c.toString(), Consumption.class));
    }
    return coal.convert(SUBJECT, period, consumptions, ElectricityBasis.valueOf(input.path("basis").asText()));
  }

  /**
   * {@return a result in the form of the vector file's {@code expected}}
   *
   * @param result the library's result
   */
  public static ObjectNode expected(CoalEquivalentResult result) {
    ObjectNode expected = JsonNodeFactory.instance.objectNode();
    expected.put("decimals", DECIMALS);
    expected.put("totalKgce", rounded(result.totalKgce()));
    ObjectNode lines = expected.putObject("lines");
    for (CarrierLine line : result.lines()) {
      ObjectNode l = lines.putObject(line.carrier().name());
      l.put("kgce", rounded(line.kgce()));
      l.put("counted", line.counted());
    }
    ArrayNode rules = expected.putArray("rules");
    result.rulesApplied().forEach(r -> rules.add(r.pack() + "/" + r.parameter()));
    return expected;
  }

  private static String rounded(double value) {
    return new BigDecimal(Double.toString(value)).setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Override
  public List<String> flags(JsonNode input, VectorOutcome outcome) {
    List<String> flags = new ArrayList<>();
    if (outcome instanceof VectorOutcome.Refused) {
      flags.add("BadInput");
    }
    boolean electricity = false;
    for (JsonNode c : input.path("consumptions")) {
      String carrier = c.path("carrier").asText();
      electricity |= carrier.equals("ELECTRICITY") || carrier.startsWith("PV_");
      addIf(flags, "Water", carrier.equals("WATER"));
      addIf(flags, "PV", carrier.startsWith("PV_"));
      addIf(flags, "MeasuredCalorificValue", c.has("measuredCalorificValue"));
      boolean known = java.util.Arrays.stream(Carrier.values()).anyMatch(k -> k.name().equals(carrier));
      addIf(flags, "UnitConversion", known && !Carrier.valueOf(carrier).unit().equals(c.path("amount").path("unit").asText()));
    }
    if (electricity) {
      flags.add(input.path("basis").asText().equals("PRIMARY") ? "Primary" : "Calorific");
      addIf(flags, "Layering", input.path("jurisdiction").asText().startsWith("31") && input.path("basis").asText().equals("PRIMARY"));
    }
    addIf(flags, "Selection", LocalDate.parse(input.path("date").asText()).isBefore(EnergyPacks.firstDay(NATIONAL_PACK).plusDays(2)));
    return flags;
  }

  private static void addIf(List<String> flags, String flag, boolean condition) {
    if (condition && !flags.contains(flag)) {
      flags.add(flag);
    }
  }
}
