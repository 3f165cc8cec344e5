package org.anxiao.logistics.supplies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * The fictional quota pack {@code xx.fictional.emergency-supplies} (test resource, UNVERIFIED) for the
 * fictional jurisdiction 319900, which no real place uses and core's directory does not hold: the
 * registry adds it to the standard directory (under 上海市 310000, the only parent its code allows).
 */
final class FictionalQuota {
  static final String RESOURCE = "org/anxiao/logistics/supplies/xx-fictional-emergency-supplies.json";
  static final JurisdictionCode FICTIONAL = JurisdictionCode.of("319900");
  static final Jurisdiction FICTIONAL_ENTRY = new Jurisdiction(FICTIONAL,
      LocalizedText.of("虚构测试地区（非真实行政区划）", "Fictional test area (not a real division)"),
      Optional.of(JurisdictionCode.of("310000")));
  static final LocalDate ON = LocalDate.of(2026, 6, 1);
  static final String PACK = "xx.fictional.emergency-supplies@1.0.0";

  private FictionalQuota() {}

  static RulePack pack() {
    try (InputStream in = FictionalQuota.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("no resource " + RESOURCE);
      }
      return RulePackReader.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JurisdictionDirectory directory() {
    return JurisdictionDirectory.standard().withEntries(List.of(FICTIONAL_ENTRY));
  }

  /** The standard packs plus {@code extra}, over the directory with the fictional area. */
  static RulePackRegistry registry(RulePack... extra) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().jurisdictions(directory())
        .addClassPath(FictionalQuota.class.getClassLoader());
    for (RulePack p : extra) {
      b.add(p);
    }
    return b.build();
  }

  static RuleContext context(VerificationPolicy policy) {
    return RuleContext.of(registry(pack()), FICTIONAL, ON).withPolicy(policy);
  }

  static EmergencySupplies supplies() {
    return EmergencySupplies.in(context(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  static Quantity<Area> m2(String value) {
    return AnxiaoUnits.of(new BigDecimal(value), AnxiaoUnits.SQUARE_METER);
  }

  /** 1,230 pupils, 6 buildings, 24,500 m² of floor, 31,000 m² of site. */
  static SchoolSize size() {
    return new SchoolSize(1230, 6, m2("24500"), m2("31000"));
  }

  static Measure count(long n) {
    return Measure.count(n);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static StockLine line(String item, long n, String purchased) {
    return StockLine.of(item, count(n), date(purchased));
  }

  static StockLine line(String item, long n, String purchased, String expiry) {
    return StockLine.of(item, count(n), date(purchased), date(expiry));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
