package org.anxiao.logistics.greening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.testing.ShippedPacks;

/** Packs, contexts and campuses of the greening tests. */
final class GreeningFixtures {
  static final String FILE = "sh-dgtj08-2438-2024-greening.json";
  static final String SHANGHAI_PACK = "sh.dgtj08-2438-2024.greening@1.0.0";
  static final String TEST_PACK = "test.greening-factors@1.0.0";
  static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final LocalDate ON = LocalDate.of(2026, 6, 1);

  private GreeningFixtures() {}

  /**
   * A fictional SECONDARY test pack at 440000: minimum coverage 0.40 new / 0.35 existing, green space 0.35 new /
   * 0.30 existing; roof greening counts 0.5 toward coverage and 0.3 toward green space; vertical greening 0.2
   * toward coverage.
   */
  static RulePack factorsPack() {
    return ShippedPacks.testPack("logistics-greening", FILE, "test.greening-factors", GUANGDONG, t -> {
      t.put("verification", "SECONDARY");
      ObjectNode p = t.putObject("parameters");
      decimal(p, "minGreenCoverageNew", "0.40");
      decimal(p, "minGreenCoverageExisting", "0.35");
      decimal(p, "minGreenSpaceRatioNew", "0.35");
      decimal(p, "minGreenSpaceRatioExisting", "0.30");
      decimal(p, "roofToCoverage", "0.5");
      decimal(p, "verticalToCoverage", "0.2");
      decimal(p, "roofToGreenSpace", "0.3");
    });
  }

  /** The same test pack, but its roof-to-coverage factor UNVERIFIED. */
  static RulePack unverifiedRoofPack() {
    return ShippedPacks.testPack("logistics-greening", FILE, "test.greening-unverified-roof", GUANGDONG, t -> {
      t.put("verification", "SECONDARY");
      ObjectNode p = t.putObject("parameters");
      decimal(p, "minGreenCoverageNew", "0.40");
      decimal(p, "roofToCoverage", "0.5").put("verification", "UNVERIFIED");
    });
  }

  /**
   * A fictional SECONDARY test pack at 440000 in which vertical greening counts 0.2 toward the green space: minimum
   * green space 0.35 for new schools; {@code verticalToGreenSpace} UNVERIFIED when {@code unverified}.
   */
  static RulePack verticalPack(boolean unverified) {
    return ShippedPacks.testPack("logistics-greening", FILE, "test.greening-vertical", GUANGDONG, t -> {
      t.put("verification", "SECONDARY");
      ObjectNode p = t.putObject("parameters");
      decimal(p, "minGreenSpaceRatioNew", "0.35");
      ObjectNode v = decimal(p, "verticalToGreenSpace", "0.2");
      if (unverified) {
        v.put("verification", "UNVERIFIED");
      }
    });
  }

  /** The unverified-roof test pack with its coverage minimum UNVERIFIED too. */
  static RulePack unverifiedRoofAndMinimumPack() {
    return ShippedPacks.testPack("logistics-greening", FILE, "test.greening-unverified-both", GUANGDONG, t -> {
      t.put("verification", "SECONDARY");
      ObjectNode p = t.putObject("parameters");
      decimal(p, "minGreenCoverageNew", "0.40").put("verification", "UNVERIFIED");
      decimal(p, "roofToCoverage", "0.5").put("verification", "UNVERIFIED");
    });
  }

  static ObjectNode decimal(ObjectNode parameters, String name, String value) {
    return parameters.putObject(name).put("type", "decimal").put("value", value);
  }

  static Greening greening(RulePack pack, VerificationPolicy policy) {
    return Greening.in(RuleContext.of(ShippedPacks.withPacks(pack), GUANGDONG, ON).withPolicy(policy));
  }

  static Greening factors() {
    return greening(factorsPack(), VerificationPolicy.DEFAULT);
  }

  static Greening shanghai(VerificationPolicy policy) {
    return Greening.in(RuleContext.standard(SHANGHAI, ON).withPolicy(policy));
  }

  static Quantity<Area> m2(String value) {
    return AnxiaoUnits.of(new BigDecimal(value), AnxiaoUnits.SQUARE_METER);
  }

  static CampusGreening campus(CampusStatus status, String site, String green, String cover, String roof,
      String vertical) {
    return CampusGreening.of("sch", "main", status, m2(site), m2(green), m2(cover), m2(roof), m2(vertical));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
