package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.measure.quantity.Area;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of core's plain values: ids, texts, bilingual texts, decimals, dates, jurisdiction codes, money and areas.
 */
public final class ValueGenerators {
  private ValueGenerators() {}

  private static final List<String> WORDS = List.of("东", "西", "南", "北", "明德", "实验", "第一", "闵行", "Lishui",
      "north", "A'b", "\"quoted\"", "emoji 🏫", "tab\tand\nnewline", "a/b~c");

  /** {@return short non-blank ids} */
  public static Gen<String> ids() {
    return integers().between(1, 99_999).map(i -> "id-" + i);
  }

  /** {@return non-blank texts with awkward characters} */
  public static Gen<String> texts() {
    return Generate.pick(WORDS).zip(integers().between(0, 999), (w, n) -> w + n);
  }

  /** {@return one-line texts (codes, keys, text parameters): {@link #texts()} with tabs and line breaks as spaces} */
  public static Gen<String> lines() {
    return texts().map(t -> t.replace('\t', ' ').replace('\n', ' '));
  }

  /** {@return bilingual texts (zh-CN and en) from {@link #texts()}} */
  public static Gen<LocalizedText> localizedTexts() {
    return texts().zip(texts(), LocalizedText::of);
  }

  /** {@return decimals with 0–4 decimals, from −10⁹ to 10⁹} */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (v, s) -> BigDecimal.valueOf(v, s));
  }

  /** {@return decimals greater than zero} */
  public static Gen<BigDecimal> positiveDecimals() {
    return longs().between(1, 100_000_000L).zip(integers().between(0, 3), (v, s) -> BigDecimal.valueOf(v, s));
  }

  /** {@return dates from 1950-01-01 over 200 years} */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 200 * 365).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  /** {@return administrative-division codes of core's table: the country, provinces, cities and districts} */
  public static Gen<JurisdictionCode> jurisdictions() {
    return Generate.pick(List.of("CN", "310000", "310112", "310115", "330000", "331100", "331102", "370000", "370200"))
        .map(JurisdictionCode::of);
  }

  /** {@return money in yuan with fen, from −10⁷ to 10⁷ yuan} */
  public static Gen<Money> money() {
    return longs().between(-10_000_000_00L, 10_000_000_00L).map(v -> Money.ofYuan(BigDecimal.valueOf(v, 2)));
  }

  /** {@return a quantity of floor area in a random but compatible unit} */
  public static Gen<javax.measure.Quantity<Area>> areas() {
    return positiveDecimals().map(v -> AnxiaoUnits.of(v, AnxiaoUnits.SQUARE_METER));
  }

  /**
   * {@return codes of every division at {@code level} in core's standard directory (GB/T 2260):
   * {@code CN} for the nation, provinces, prefecture-level cities or counties}
   *
   * @param level the level
   */
  public static Gen<JurisdictionCode> jurisdictions(org.anxiao.core.jurisdiction.JurisdictionLevel level) {
    List<JurisdictionCode> codes = org.anxiao.core.jurisdiction.JurisdictionDirectory.standard().all().stream()
        .map(org.anxiao.core.jurisdiction.Jurisdiction::code).filter(c -> c.level() == level).sorted().toList();
    if (codes.isEmpty()) {
      throw new IllegalStateException("no jurisdiction at level " + level);
    }
    return Generate.pick(codes);
  }

  /**
   * {@return invalid jurisdiction codes, labelled and naming {@code jurisdiction}: not {@code CN} or
   * six digits, or a county without a prefecture part ({@code INVALID_VALUE}); an unknown province
   * ({@code UNKNOWN_CODE})}
   */
  public static Gen<InvalidInput<JurisdictionCode>> invalidJurisdictions() {
    Gen<InvalidInput<JurisdictionCode>> malformed = Generate.pick(List.of("cn", "31011", "3101120", "31O112", "",
        "310012", "+31011")).map(v -> InvalidInput.of("jurisdiction \"" + v + "\"", "INVALID_VALUE", "jurisdiction",
            () -> JurisdictionCode.of(v)));
    Gen<InvalidInput<JurisdictionCode>> unknown = Generate.pick(List.of("990000", "000000", "200000", "900101"))
        .map(v -> InvalidInput.of("province of " + v + " unknown", "UNKNOWN_CODE", "jurisdiction", () -> JurisdictionCode.of(v)));
    return Generate.oneOf(malformed, unknown);
  }

  /**
   * {@return amounts at the edges: zero, one 分 either side of zero, whole yuan, and the largest
   * amounts of 18 integer digits}
   */
  public static Gen<Money> moneyEdges() {
    return Generate.pick(List.of("0", "0.01", "-0.01", "1", "-1", "0.99", "100.00", "999999999999999999.99",
        "-999999999999999999.99")).map((String v) -> Money.ofYuan(v));
  }

  /**
   * {@return invalid amounts of money, labelled {@code INVALID_VALUE} naming {@code value}: more
   * than two decimals (a fraction of a 分), too many integer digits, a value that is not a decimal.
   * (Core's {@code Money} accepts negative amounts: a refund or correction is negative.)}
   */
  public static Gen<InvalidInput<Money>> invalidMoney() {
    return Generate.pick(List.of("0.001", "12.345", "-0.005", "1e3", "1,000.00", "NaN", "1234567890123456789012345678901234567890123456789012345678901234567890"))
        .map(v -> InvalidInput.of("money \"" + v + "\"", "INVALID_VALUE", "value", () -> Money.ofYuan(v)));
  }

  /**
   * {@return doubles of every kind: any double, and the awkward ones (NaN, ±∞, −0, 0, −1, the
   * largest and the smallest positive double, 10⁻³⁰⁰)} For fuzzing entry points that take doubles.
   */
  public static Gen<Double> awkwardDoubles() {
    return Generate.oneOf(org.quicktheories.generators.SourceDSL.doubles().any(), Generate.pick(List.of(Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, -1.0, Double.MAX_VALUE, Double.MIN_VALUE, 1e-300)));
  }

  /** {@return finite doubles of every magnitude from 10⁻³⁰⁰ to 10³⁰⁰, both signs, and zero} */
  public static Gen<Double> wideDoubles() {
    org.quicktheories.generators.DoublesDSL d = org.quicktheories.generators.SourceDSL.doubles();
    return Generate.oneOf(d.between(-1e300, 1e300), d.between(-1.0, 1.0), d.between(-1e9, 1e9),
        Generate.pick(List.of(0.0, 1e-300, -1e-300, 1e16, -1e16, 0.1, 1.0)));
  }

  /**
   * {@return strings of every kind, {@code null} among them: any characters, digits, and strings that
   * look like core's codes or numbers but may not be (period codes, jurisdictions, {@code 1e309},
   * full-width digits)} For fuzzing entry points that take strings.
   */
  public static Gen<String> awkwardStrings() {
    return Generate.oneOf(org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 20),
        org.quicktheories.generators.SourceDSL.strings().numeric(),
        Generate.pick(java.util.Arrays.asList(null, "", " ", "NaN", "-0", "1e309", "310112", "CN", "2024-Q1",
            "AY2024-2025-S2", "2024-02-29/2024-03-01", "0x10", "１２３", "99999999999999999999999", "1e999999999",
            "-1e-999999999")));
  }

  /** {@return decimals of any unscaled long and a scale from −12 to 40: exponents both ways, as a {@code BigDecimal} may hold} */
  public static Gen<BigDecimal> wideDecimals() {
    Gen<Long> unscaled = longs().all().mix(longs().between(-1000, 1000)).mix(longs().between(-1, 1));
    return unscaled.zip(integers().between(-12, 40), (u, scale) -> new BigDecimal(java.math.BigInteger.valueOf(u), scale));
  }
}
