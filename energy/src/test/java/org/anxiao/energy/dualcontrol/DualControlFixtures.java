package org.anxiao.energy.dualcontrol;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.time.Month;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;

/** Shared inputs of the dual-control tests. */
final class DualControlFixtures {
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");
  static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

  private DualControlFixtures() {}

  /** The national pack (cn…dual-control-14th-fyp), read in Beijing (no narrower pack) in 2024. */
  static DualControl national() {
    return DualControl.in(RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 6, 30)));
  }

  /** Constant floor area and headcounts from 2020 on. */
  static Denominators denominators(String area, long students, long staff) {
    return Denominators.of(StepSeries.constant(JAN_2020, new BigDecimal(area)),
        StepSeries.constant(JAN_2020, BigDecimal.valueOf(students)), StepSeries.constant(JAN_2020, BigDecimal.valueOf(staff)));
  }

  /** A calorific-basis baseline of energy per area only. */
  static Baseline areaBaseline(int year, String kgcePerM2) {
    return org.anxiao.energy.testkit.DualControlEdges.areaBaseline(year, new BigDecimal(kgcePerM2));
  }

  /** Months 1..n of {@code year}, each with {@code kgce} of energy (no renewables, water or carbon). */
  static List<MonthlyActual> months(int year, int n, double kgce) {
    return org.anxiao.energy.testkit.DualControlEdges.months(year, n, kgce);
  }

  /** A caller's own dual-control targets for Minhang (310112), a pack of the same kind as the bundled ones. */
  static RulePack callerPack(String version, long baselineYear, long targetYear, String cutPerArea, String glidePath,
      boolean fromTotal, boolean fromIntensity) {
    String json = """
        {"schemaVersion": "1.0", "id": "test.minhang.dual-control", "version": "%s",
         "kind": "anxiao.energy.dual-control-targets",
         "title": {"zh": "测试：区级双控目标", "en": "Test: a district's dual-control targets"},
         "jurisdiction": "310112", "validFrom": "2021-01-01", "validTo": "2025-12-31",
         "source": {"issuer": "Test", "document": "A caller's own targets, for tests", "year": 2024},
         "verification": "SECONDARY",
         "parameters": {
           "baselineYear": {"type": "integer", "value": %d},
           "targetYear": {"type": "integer", "value": %d},
           "reductions": {"type": "decimal-table", "unit": "%%", "rows": {"ENERGY_PER_AREA": {"value": "%s"}}},
           "glidePath": {"type": "text", "value": "%s"},
           "deductNewRenewablesFromTotal": {"type": "boolean", "value": %b},
           "deductRenewablesFromIntensity": {"type": "boolean", "value": %b},
           "excludeNonFossil": {"type": "boolean", "value": false}}}
        """.formatted(version, baselineYear, targetYear, cutPerArea, glidePath, fromTotal, fromIntensity);
    return RulePackReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-minhang.json");
  }

  /** The standard packs plus {@code packs}. */
  static RulePackRegistry registry(RulePack... packs) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().addClassPath(DualControlFixtures.class.getClassLoader());
    for (RulePack p : packs) {
      b.add(p);
    }
    return b.build();
  }

  /** The calculator over {@code packs} in Minhang in 2024. */
  static DualControl minhang(RulePack... packs) {
    return DualControl.in(RuleContext.of(registry(packs), JurisdictionCode.of("310112"), LocalDate.of(2024, 6, 30)));
  }

  static double sum(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }
}
