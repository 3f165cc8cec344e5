package org.anxiao.energy.water;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.EndUse;

/**
 * Inputs and registries for the water tests. The packs are the fictional TEST packs in
 * {@code src/test/resources/test-packs/water/} (no quota or threshold ships), and altered copies.
 */
final class WaterFixtures {
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");
  static final CalendarYear YEAR = new CalendarYear(2024);
  static final LocalDate DATE = LocalDate.of(2024, 12, 31);
  static final JurisdictionCode BEIJING = JurisdictionCode.of("110000");
  static final String QUOTAS = "test-packs/water/test-water-quotas.json";
  static final String NIGHT_FLOW = "test-packs/water/test-night-flow.json";

  private WaterFixtures() {}

  /** A meter's volume over {@code period}, given as decimal text in m³, at ±{@code tolerance}. */
  static MeteredVolume meter(String id, Period period, String m3, String tolerance) {
    return org.anxiao.energy.testkit.WaterGenerators.meter(id, period, m3, tolerance);
  }

  static MeteredVolume meter(String id, String m3, String tolerance) {
    return meter(id, YEAR, m3, tolerance);
  }

  static RulePack pack(String resource) {
    return RulePackReader.readResource(WaterFixtures.class.getClassLoader(), resource);
  }

  /** The standard packs plus {@code packs}. */
  static RulePackRegistry registry(RulePack... packs) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().addClassPath(WaterFixtures.class.getClassLoader());
    for (RulePack p : packs) {
      b.add(p);
    }
    return b.build();
  }

  static RuleContext context(RulePack... packs) {
    return RuleContext.of(registry(packs), BEIJING, DATE);
  }

  /** {@code pack} marked {@code verification} as a whole. */
  static RulePack withVerification(RulePack pack, Verification verification) {
    return RulePack.builder().from(pack).verification(verification).build();
  }

  /** A newer version (2.0.0) of {@code pack}, in force from the same day, with every decimal value doubled. */
  static RulePack doubled(RulePack pack) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    BigDecimal two = BigDecimal.valueOf(2);
    pack.parameters().forEach((name, p) -> {
      if (p instanceof Parameter.Decimal d) {
        parameters.put(name, new Parameter.Decimal(d.value().multiply(two), d.unit(), d.clause(), d.verification(), d.note()));
      } else if (p instanceof Parameter.DecimalTable t) {
        Map<String, DecimalEntry> rows = new LinkedHashMap<>();
        t.rows().forEach((k, e) -> rows.put(k, new DecimalEntry(e.value().multiply(two), e.clause(), e.verification())));
        parameters.put(name, new Parameter.DecimalTable(rows, t.unit(), t.clause(), t.verification(), t.note()));
      } else {
        parameters.put(name, p);
      }
    });
    return RulePack.builder().from(pack).version(PackVersion.of("2.0.0")).parameters(parameters).build();
  }

  /**
   * One day of hourly volumes (m³) of a day school: 48.6 m³ in all, 0.4 + 0.4 in the hours 02–04.
   * With {@code leak} m³ more in every hour.
   */
  static double[] schoolDay(double leak) {
    double[] day = {0.6, 0.5, 0.4, 0.4, 0.5, 0.8, 1.5, 3.0, 4.2, 3.8, 3.5, 3.6, 4.0, 3.4, 3.2, 3.3, 3.0, 2.5, 1.8, 1.2,
        1.0, 0.9, 0.8, 0.7};
    for (int i = 0; i < day.length; i++) {
      day[i] += leak;
    }
    return day;
  }

  /** Hourly readings from {@code start} on, one per value. */
  static IntervalFlow hourly(String meterId, LocalDateTime start, double[]... days) {
    int n = 0;
    for (double[] d : days) {
      n += d.length;
    }
    LocalDateTime[] t = new LocalDateTime[n];
    double[] v = new double[n];
    int i = 0;
    for (double[] d : days) {
      for (double x : d) {
        t[i] = start.plusHours(i);
        v[i] = x;
        i++;
      }
    }
    return IntervalFlow.of(meterId, "m3", t, v);
  }
}
