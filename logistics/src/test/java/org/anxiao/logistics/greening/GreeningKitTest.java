package org.anxiao.logistics.greening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.GreeningGenerators;
import org.junit.jupiter.api.Test;

/** The kit's campuses: assessed, the Shanghai 35 % green-space minimum judged exactly, oversize parts refused. */
class GreeningKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);

  @Test
  void validCampusesAreAssessedAndRoundTripThroughJson() {
    Greening shanghai = GreeningFixtures.shanghai(VerificationPolicy.ALLOW_UNVERIFIED);
    qt().withExamples(100).forAll(GreeningGenerators.campuses()).checkAssert(shanghai::assess);
    LAWS.jsonRoundTrip(GreeningGenerators.campuses(), CampusGreening.class, AnxiaoJson.strict().mapperCopy());
  }

  @Test
  void theGreenSpaceMinimumIsMetExactlyAtThirtyFivePercent() {
    BigDecimal min = GreeningGenerators.shanghaiRule().minGreenSpaceRatioNew().orElseThrow().value();
    assertEquals(0, new BigDecimal("0.35").compareTo(min), "the shipped pack's 35 %");
    Greening shanghai = GreeningFixtures.shanghai(VerificationPolicy.ALLOW_UNVERIFIED);
    qt().withExamples(30).forAll(GreeningGenerators.greenSpaceAtTheNewSchoolMinimum()).checkAssert(c -> {
      BigDecimal site = c.siteArea().getValue() instanceof BigDecimal b ? b : new BigDecimal(c.siteArea().getValue().toString());
      BigDecimal green = new BigDecimal(c.greenSpace().getValue().toString());
      assertEquals(green.compareTo(site.multiply(min)) >= 0, shanghai.assess(c).greenSpaceMet().orElseThrow(),
          green + " of " + site);
    });
  }

  @Test
  void aPartLargerThanTheSiteIsRefused() {
    LAWS.rejects(GreeningGenerators.partsAboveTheSite());
  }
}
