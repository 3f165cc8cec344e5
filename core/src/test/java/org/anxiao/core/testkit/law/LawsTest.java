package org.anxiao.core.testkit.law;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.anxiao.core.campus.Building;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.gen.SchoolGenerators;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.money.Money;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.testkit.gen.UnitGenerators;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Each law passes on a correct function and fails on a broken one, naming the counter-example. */
class LawsTest {
  private static final Laws LAWS = Laws.seeded(7, 50);

  /** The law fails with QuickTheories' report, which names the falsifying value, and with {@code says}. */
  private static void fails(Executable law, String says) {
    AssertionError e = assertThrows(AssertionError.class, law);
    String message = String.valueOf(e.getMessage()) + " " + e.getCause();
    assertTrue(message.contains("Property falsified") && message.contains("falsifying value"), message);
    assertTrue(message.contains(says), () -> "expected \"" + says + "\" in: " + message);
  }

  @Test
  void monotone() {
    assertDoesNotThrow(() -> LAWS.monotone(integers().between(-100, 100), x -> 2 * x));
    fails(() -> LAWS.monotone(integers().between(-100, 100), x -> -x), "not monotone");
  }

  @Test
  void additive() {
    Gen<List<Integer>> parts = lists().of(integers().between(-50, 50)).ofSizeBetween(0, 6);
    assertDoesNotThrow(() -> LAWS.additive(parts, l -> BigDecimal.valueOf(l.stream().mapToInt(i -> i).sum())));
    fails(() -> LAWS.additive(parts, l -> BigDecimal.valueOf(l.stream().mapToInt(i -> i).sum() + 1L)), "not additive");
  }

  @Test
  void rollUpIsSumOfParts() {
    Gen<List<Integer>> parts = lists().of(integers().between(1, 50)).ofSizeBetween(1, 6);
    assertDoesNotThrow(() -> LAWS.rollUpIsSumOfParts(parts, l -> BigDecimal.valueOf(l.stream().mapToInt(i -> i).sum()),
        BigDecimal::valueOf));
    fails(() -> LAWS.rollUpIsSumOfParts(parts, l -> BigDecimal.valueOf(l.stream().mapToInt(i -> i).max().orElse(0)),
        BigDecimal::valueOf), "is not the sum of its parts");
  }

  @Test
  void unitRoundTrip() {
    assertDoesNotThrow(() -> LAWS.unitRoundTrip(UnitGenerators.quantities(AnxiaoUnits.MEGAWATT_HOUR), AnxiaoUnits.GIGAJOULE));
    // Through kgce, 1 kWh is 0.1228350325… kgce, rounded to 32 decimals: it does not come back exactly.
    fails(() -> LAWS.unitRoundTrip(integers().between(1, 100).map(i -> AnxiaoUnits.of(i, AnxiaoUnits.KILOWATT_HOUR)),
        AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT), "came back as");
  }

  @Test
  void jsonRoundTrip() {
    assertDoesNotThrow(() -> LAWS.jsonRoundTrip(ValueGenerators.money(), Money.class, AnxiaoJson.strict().mapperCopy()));
    // A plain mapper cannot write dates: the round trip fails, naming the date.
    fails(() -> LAWS.jsonRoundTrip(ValueGenerators.dates(), LocalDate.class, new ObjectMapper()), "JSON round trip failed");
    // A mapper that writes whole numbers to the ten below: read back, 17 is 10.
    ObjectMapper lossy = new ObjectMapper().registerModule(new SimpleModule().addSerializer(Integer.class,
        new JsonSerializer<Integer>() {
          @Override
          public void serialize(Integer value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value / 10 * 10);
          }
        }));
    fails(() -> LAWS.jsonRoundTrip(integers().between(0, 100), Integer.class, lossy), "changed the value");
  }

  @Test
  void oneGrade() {
    assertDoesNotThrow(() -> LAWS.oneGrade(integers().between(0, 100), i -> List.of(i < 60 ? "FAIL" : "PASS")));
    fails(() -> LAWS.oneGrade(integers().between(0, 100), i -> i >= 60 ? List.of("PASS") : i >= 50 ? List.of("FAIL", "PASS")
        : List.of("FAIL")), "grades, not one");
  }

  @Test
  void agree() {
    assertDoesNotThrow(() -> LAWS.agree(integers().between(0, 1000), i -> i * 2, i -> i + i, Integer::equals));
    fails(() -> LAWS.agree(integers().between(0, 1000), i -> i / 10 * 10, i -> i, Integer::equals), "implementations differ");
  }

  @Test
  void rejects() {
    Gen<InvalidInput<Money>> right = Generate.constant(InvalidInput.of("0.001 yuan", "INVALID_VALUE", "value",
        () -> Money.ofYuan("0.001")));
    assertDoesNotThrow(() -> LAWS.rejects(right));
    fails(() -> LAWS.rejects(Generate.constant(InvalidInput.of("1 yuan", "INVALID_VALUE", "value",
        () -> Money.ofYuan("1")))), "was accepted");
    fails(() -> LAWS.rejects(Generate.constant(InvalidInput.of("0.001 yuan", "UNKNOWN_CODE", "value",
        () -> Money.ofYuan("0.001")))), "was refused with INVALID_VALUE");
    fails(() -> LAWS.rejects(Generate.constant(InvalidInput.of("0.001 yuan", "INVALID_VALUE", "unit",
        () -> Money.ofYuan("0.001")))), "naming field value");
    fails(() -> LAWS.rejects(Generate.constant(InvalidInput.<Money>of("thrown by hand", "INVALID_VALUE", "other",
        () -> {
          throw new InvalidValueException("value", "x", "test");
        }))), "thrown by hand");
  }

  @Test
  void unchangedByNewerPack() {
    LocalDate day = LocalDate.of(2024, 9, 1);
    RulePackRegistry shipped = RulePackRegistry.standard();
    RulePack national = shipped.catalogue().stream().filter(h -> h.id().equals("cn.fire-law.crowded-places"))
        .map(h -> shipped.pack(h.ref())).filter(p -> p.isInForce(day)).findFirst().orElseThrow();
    RulePack newer = Laws.newerVersion(national, day.plusYears(10));
    RuleContext context = RuleContext.of(shipped, JurisdictionCode.CN, day);
    Supplier<RulePackRegistry.Builder> packs = () -> RulePackRegistry.builder().addClassPath(getClass().getClassLoader());
    Gen<Building> buildings = SchoolGenerators.buildings();
    assertDoesNotThrow(() -> LAWS.withExamples(20).unchangedByNewerPack(buildings, packs, context, newer,
        (ctx, b) -> CrowdedPlaces.in(ctx).determine(b).crowded()));
    // Counting the catalogue sees the newer pack although it is not in force.
    fails(() -> LAWS.withExamples(20).unchangedByNewerPack(buildings, packs, context, newer,
        (ctx, b) -> ctx.registry().catalogue().size()), "result changed when");
    assertThrows(IllegalArgumentException.class, () -> LAWS.unchangedByNewerPack(buildings, packs, context, national,
        (ctx, b) -> 0));
  }

  @Test
  void examplesMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Laws.seeded(1, 0));
    assertThrows(IllegalArgumentException.class, () -> Laws.standard().withExamples(0));
  }
}
