package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.chemical.Cabinet;
import org.anxiao.safety.chemical.CasNumber;
import org.anxiao.safety.chemical.ExplosivePrecursorListRule;
import org.anxiao.safety.chemical.QuantityUnit;
import org.anxiao.safety.chemical.StorageControl;
import org.anxiao.safety.chemical.StorageLayout;
import org.anxiao.safety.chemical.StoredItem;
import org.quicktheories.core.Gen;

/**
 * Generators of chemicals: CAS numbers (CAS 登记号, 2–7 digits, 2 digits, a check digit = Σ digit ×
 * position from the right, mod 10), with the wrong check digit labelled {@code INVALID_VALUE} naming
 * {@code cas}; concentrations as mass fractions in % (0 &lt; c ≤ 100), out of range labelled
 * {@code INVALID_VALUE} naming {@code concentration}; and the concentration thresholds of the
 * shipped explosive-precursor list (易制爆, e.g. hydrogen peroxide 7722-84-1 listed above 8 %),
 * read through {@link ExplosivePrecursorListRule}; and storage layouts of school reagents in cabinets.
 */
public final class ChemicalGenerators {
  /** The date the shipped packs are read on. */
  public static final LocalDate DATE = LocalDate.of(2026, 3, 1);

  private ChemicalGenerators() {}

  /**
   * {@return the CAS check digit of {@code digits} (the number without hyphens or check digit)}
   *
   * @param digits the digits before the check digit
   */
  public static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(digits.length() - 1 - i) - '0') * (i + 1);
    }
    return sum % 10;
  }

  /** {@return CAS numbers of every length, 10-00-? to 9999999-99-?, with the right check digit} */
  public static Gen<String> casTexts() {
    return integers().between(10, 9_999_999).zip(integers().between(0, 99), (first, middle) -> {
      String m = String.format(Locale.ROOT, "%02d", middle);
      return first + "-" + m + "-" + checkDigit(first + m);
    });
  }

  /** {@return valid CAS numbers} */
  public static Gen<CasNumber> casNumbers() {
    return casTexts().map(CasNumber::of);
  }

  /** {@return CAS numbers with one of the nine wrong check digits, labelled {@code INVALID_VALUE} naming {@code cas}} */
  public static Gen<InvalidInput<CasNumber>> wrongCheckDigits() {
    return casTexts().zip(integers().between(1, 9), (cas, shift) -> {
      int right = cas.charAt(cas.length() - 1) - '0';
      String wrong = cas.substring(0, cas.length() - 1) + (right + shift) % 10;
      return InvalidInput.<CasNumber>of("CAS " + wrong + " (check digit " + right + ")", "INVALID_VALUE", "cas",
          () -> CasNumber.of(wrong));
    });
  }

  /** {@return concentrations (mass fraction, %) from 0.01 to 100, in hundredths} */
  public static Gen<BigDecimal> concentrations() {
    return integers().between(1, 10_000).map(n -> BigDecimal.valueOf(n, 2));
  }

  /**
   * {@return stored items whose concentration is 0 % or below, or above 100 %, labelled
   * {@code INVALID_VALUE} naming {@code concentration}}
   */
  public static Gen<InvalidInput<StoredItem>> invalidConcentrations() {
    return casNumbers().zip(integers().between(-10_000, 0).mix(integers().between(10_001, 1_000_000)),
        (cas, n) -> {
          BigDecimal c = BigDecimal.valueOf(n, 2);
          return InvalidInput.<StoredItem>of("concentration " + c.toPlainString() + " %", "INVALID_VALUE",
              "concentration", () -> new StoredItem(cas, BigDecimal.TEN, QuantityUnit.values()[0], Optional.of(c), false));
        });
  }

  /** {@return the shipped explosive-precursor list's concentration thresholds (%) by CAS number, nationally} */
  public static Map<String, BigDecimal> explosivePrecursorThresholds() {
    RuleTable<String> table = RuleContext.standard(JurisdictionCode.CN, DATE).bind(ExplosivePrecursorListRule.KIND)
        .value().listedAbove().value();
    Map<String, BigDecimal> out = new TreeMap<>();
    for (String cas : table.keys()) {
      out.put(cas, new BigDecimal(table.applied(cas).value()));
    }
    return out;
  }

  /**
   * {@return concentrations at and around {@code cas}'s threshold on the shipped explosive-precursor
   * list (threshold ± 0.01 %), within 0 &lt; c ≤ 100}
   *
   * @param cas a CAS number the list sets a positive threshold for, e.g. {@code 7722-84-1}
   */
  public static Gen<BigDecimal> aroundPrecursorThreshold(String cas) {
    BigDecimal t = explosivePrecursorThresholds().get(cas);
    if (t == null || t.signum() <= 0) {
      throw new IllegalArgumentException("no positive threshold for " + cas + ": " + t);
    }
    return Boundaries.around(List.of(t), new BigDecimal("0.01"));
  }

  /** School reagents the layouts draw from (acids, solvents, oxidisers, metals, bases, water). */
  public static final List<String> SCHOOL_REAGENTS = List.of("7697-37-2", "7664-93-9", "7647-01-0", "64-17-5",
      "67-64-1", "60-29-7", "7722-64-7", "7722-84-1", "7440-23-5", "7440-09-7", "1310-73-2", "7732-18-5", "7487-94-7",
      "108-24-7", "7704-34-9", "3811-04-9");

  /**
   * {@return a storage layout drawn from {@code r}: a laboratory store (video) of 1–3 cabinets with
   * random controls, each holding 0–5 items of {@link #SCHOOL_REAGENTS} (1 L, a concentration of
   * 1–100 % always for hydrogen peroxide and otherwise half the time, under oil half the time)}
   *
   * @param r the randomness; the layout consumes a varying number of draws
   */
  public static StorageLayout layout(Random r) {
    List<Cabinet> cabinets = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int c = 0; c < n; c++) {
      List<StoredItem> items = new ArrayList<>();
      int m = r.nextInt(6);
      for (int i = 0; i < m; i++) {
        String cas = SCHOOL_REAGENTS.get(r.nextInt(SCHOOL_REAGENTS.size()));
        Optional<BigDecimal> conc = cas.equals("7722-84-1") || r.nextBoolean()
            ? Optional.of(BigDecimal.valueOf(1 + r.nextInt(100))) : Optional.empty();
        items.add(new StoredItem(CasNumber.of(cas), BigDecimal.ONE, QuantityUnit.LITRE, conc, r.nextBoolean()));
      }
      EnumSet<StorageControl> controls = EnumSet.noneOf(StorageControl.class);
      for (StorageControl s : StorageControl.values()) {
        if (r.nextBoolean()) {
          controls.add(s);
        }
      }
      cabinets.add(new Cabinet("c" + c, controls, items));
    }
    return new StorageLayout("lab", EnumSet.of(StorageControl.VIDEO), cabinets);
  }

  /** {@return storage layouts, one per seed (see {@link #layout(Random)})} */
  public static Gen<StorageLayout> layouts() {
    return org.quicktheories.generators.SourceDSL.longs().all().map(seed -> layout(new Random(seed)));
  }
}
