package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchReadings#resolve} (each school's factors in its own district, under the context's
 * terms) and {@link BatchReadings.Summing} (rows summed chunk by chunk).
 */
class BatchReadingsResolveTest {
  private static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31));
  private static final FactorSet MEE = FactorSet.mee(GridRegion.of("310000"));
  private static final List<RollUpSchool> SCHOOLS = List.of(
      new RollUpSchool("A", JurisdictionCode.of("310104"), 1_000, 100),
      new RollUpSchool("B", JurisdictionCode.of("310112"), 3_000, 300));
  private static final YearMonth JAN_2023 = YearMonth.of(2023, 1);

  @Test
  void resolvesEachSchoolInItsOwnDistrictUnderTheContextsTerms() {
    BatchReadings r = BatchReadings.resolve(SHANGHAI, ElectricityBasis.CALORIFIC, MEE, SCHOOLS, JAN_2023, 12);
    BatchFactors expected = BatchFactors.resolve(ElectricityBasis.CALORIFIC, List.of(
        new BatchSchool(SHANGHAI.withJurisdiction(JurisdictionCode.of("310104")), MEE,
            AnxiaoUnits.of(1_000, AnxiaoUnits.SQUARE_METER)),
        new BatchSchool(SHANGHAI.withJurisdiction(JurisdictionCode.of("310112")), MEE,
            AnxiaoUnits.of(3_000, AnxiaoUnits.SQUARE_METER))));
    assertEquals(expected, r.factors());
    assertEquals(List.of("A", "B"), r.schoolIds());
    assertEquals(JAN_2023, r.firstMonth());
    assertEquals(12, r.months());
    // The context's policy is carried: the MEE 2021 residual factor is unverified, refused by default ...
    RuleContext in2021 = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2021, 12, 31));
    assertThrows(RulePackException.class,
        () -> BatchReadings.resolve(in2021, ElectricityBasis.CALORIFIC, MEE, SCHOOLS, JAN_2023, 12));
    // ... and used when the context allows it.
    assertNotNull(BatchReadings.resolve(in2021.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED),
        ElectricityBasis.CALORIFIC, MEE, SCHOOLS, JAN_2023, 12));
    assertThrows(MissingValueException.class,
        () -> BatchReadings.resolve(SHANGHAI, ElectricityBasis.CALORIFIC, MEE, java.util.Arrays.asList(SCHOOLS.get(0),
            null), JAN_2023, 12));
  }

  @Test
  void summingInSmallChunksGivesTheSameSumsAsOneChunk() {
    BatchReadings r = BatchReadings.resolve(SHANGHAI, ElectricityBasis.CALORIFIC, MEE, SCHOOLS, JAN_2023, 12);
    BatchReadings.Summing byTwo = r.summing(2);
    BatchReadings.Columns whole = r.columns(100);
    int refused = 0;
    for (int i = 0; i < 7; i++) {
      String school = i % 2 == 0 ? "A" : "B";
      double value = i == 3 ? -1 : 100 + i;
      LocalDateTime start = LocalDateTime.of(2023, 1 + i, 1, 0, 0);
      if (byTwo.add(school, "ELECTRICITY", start, value, "kWh") != null) {
        refused++;
      }
      whole.add(school, "ELECTRICITY", start, value, "kWh");
    }
    assertEquals(1, refused);
    BatchResult chunked = byTwo.finish().result();
    BatchResult once = whole.addTo(r.accumulator()).result();
    assertEquals(6, chunked.rowsAdded());
    assertArrayEquals(once.kgce(), chunked.kgce());
    assertArrayEquals(once.scope2LocationTonnes(), chunked.scope2LocationTonnes());
    // finish() sums what is left and may be called again without summing it twice.
    assertEquals(6, byTwo.finish().result().rowsAdded());
    assertNull(byTwo.add("A", "ELECTRICITY", LocalDateTime.of(2023, 12, 1, 0, 0), 1, "kWh"));
    assertEquals(7, byTwo.finish().result().rowsAdded());
  }
}
