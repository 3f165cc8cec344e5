package org.anxiao.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.School;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.EmissionLine;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carbon.LocationBasedScope2;
import org.anxiao.energy.carbon.MarketBasedScope2;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CarrierLine;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.dualcontrol.DualControlProgress;
import org.anxiao.energy.dualcontrol.GlideTarget;
import org.anxiao.energy.dualcontrol.MetricProgress;
import org.anxiao.energy.dualcontrol.MonthlyActual;
import org.anxiao.energy.dualcontrol.SeasonalProfile;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.Intensity;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;
import org.anxiao.energy.meter.EstimatedMonth;
import org.anxiao.energy.meter.GapHandling;
import org.anxiao.energy.meter.Meter;
import org.anxiao.energy.meter.MeterData;
import org.anxiao.energy.meter.MeterDataResult;
import org.anxiao.energy.meter.MeterReplacement;
import org.anxiao.energy.meter.RegisterReading;
import org.anxiao.energy.water.MeteredVolume;
import org.anxiao.energy.water.WaterBalanceResult;
import org.anxiao.energy.water.WaterBalances;

/**
 * A school's energy and carbon year (能耗与碳排放年报) as its logistics head (后勤主任) reads it, built
 * from a year of raw meter data with the energy module's calculators, one after the other:
 *
 * <ol>
 *   <li>meter data → monthly consumptions per meter ({@link MeterData}; gaps estimated LINEAR and flagged);</li>
 *   <li>the supply meters' consumptions → standard coal by carrier on the calorific basis 当量值
 *       ({@link CoalEquivalents}); sub-meters only split the electricity by end use;</li>
 *   <li>CO₂: Scope 1 of the gas, Scope 2 location-based under the MEE Shanghai factor of the year and
 *       the Shanghai reporting factor, and market-based with the green power ({@link CarbonAccounting});</li>
 *   <li>intensities per m², per person and per student, water per person, CO₂ per m²
 *       ({@link Intensities}), denominators from the school document;</li>
 *   <li>dual control against the targets in force ({@link DualControl}): as at the end of September,
 *       with the year-end forecast from the school's seasonal profile, then the full year's outcome;</li>
 *   <li>the water balance of the main water meter against its sub-meters ({@link WaterBalances}),
 *       for the year and for August, when the school is closed.</li>
 * </ol>
 *
 * <p>Choices, stated in the output too: CO₂ per m² and the dual-control carbon indicator use Scope 1 +
 * Scope 2 at the Shanghai reporting factor (the factor of Shanghai's own reporting); the primary-energy
 * basis 等价值 is shown on the national value, because Shanghai's (DB31/T 783) is UNVERIFIED and is
 * refused under the default policy. Each section names the pack, version and clause of its main figure.
 */
public final class EnergyReport {
  /** The bundled year of meter data of the demo school. */
  static final String RESOURCE = "minhang-primary-meters-2023.json";
  /** The last month of the year-to-date dual-control check: the forecast is made at the end of September. */
  static final int CHECKPOINT = 9;
  /** The month whose water balance is shown beside the year's: August, the school closed for the summer. */
  static final int CLOSED_MONTH = 8;
  private static final FactorSet MEE_SHANGHAI = FactorSet.mee(GridRegion.of("310000"));
  private static final FactorSet SH_REPORTING = FactorSet.shanghaiReporting();

  private final PrintStream out;
  private final School school;
  private final MeterYear data;
  private final Subject subject;
  private final CalendarYear year;
  private final RuleContext yearEnd;

  private EnergyReport(PrintStream out, School school, MeterYear data) {
    this.out = out;
    this.school = school;
    this.data = data;
    this.subject = Subject.of(SubjectKind.SCHOOL, school.id());
    this.year = new CalendarYear(data.year());
    // Rules in force on the last day of the year: the MEE factors and Shanghai targets of that year.
    this.yearEnd = RuleContext.forSchool(school, year.end().minusDays(1));
  }

  /**
   * {@return the bundled year of meter data, read through the library's strict JSON reader}
   *
   * @param json the reader
   */
  public static MeterYear bundled(AnxiaoJson json) {
    return DemoResources.read(RESOURCE, in -> json.read(in, MeterYear.class));
  }

  /**
   * Prints the report of {@code school} over {@code data}.
   *
   * @param out    where to print
   * @param school the school, for its jurisdiction, floor area and headcounts
   * @param data   its year of meter data and the caller's inputs
   */
  public static void print(PrintStream out, School school, MeterYear data) {
    if (!data.schoolId().equals(school.id())) {
      throw new IllegalArgumentException("meter data of " + data.schoolId() + ", not of " + school.id());
    }
    new EnergyReport(out, school, data).print();
  }

  private void print() {
    out.println("能耗与碳排放 Energy and carbon " + year.code() + " — " + school.name() + " (" + RESOURCE
        + ", 示例数据，虚构)");
    MeterDataResult meters = MeterData.in(yearEnd).monthly(subject, year, data.meterData(), GapHandling.linear());
    meterData(meters);
    // Totals come from the supply meters only: a sub-meter's amount is already inside its supply meter's.
    List<Consumption> energy = meters.consumptions().stream()
        .filter(c -> data.isSupplyMeter(c.meterId()) && c.carrier() != Carrier.WATER).toList();
    List<Consumption> water = meters.consumptions().stream()
        .filter(c -> data.isSupplyMeter(c.meterId()) && c.carrier() == Carrier.WATER).toList();
    CoalEquivalentResult coal = CoalEquivalents.in(yearEnd).convert(subject, year, energy, ElectricityBasis.CALORIFIC);
    CarbonResult carbon = CarbonAccounting.in(yearEnd).account(subject, year, CarbonInputs.of(energy)
        .withFactorSets(List.of(MEE_SHANGHAI, SH_REPORTING))
        .withMarketBased(data.greenPower(), List.of()));
    Denominators denominators = denominators();

    out.println();
    standardCoal(coal, energy);
    electricityBySubMeter(meters);
    out.println();
    intensities(coal, water, carbon, denominators);
    out.println();
    dualControl(energy, water, denominators);
    out.println();
    waterBalance(meters);
    out.println();
    carbon(carbon);
  }

  private void meterData(MeterDataResult meters) {
    out.println("  计量数据 Meter data: " + data.meterData().meters().size() + " meters, monthly "
        + new Month(year.year(), 1).code() + " … " + new Month(year.year(), 12).code()
        + ", gaps estimated LINEAR (GapHandling.linear())");
    for (Meter m : data.meterData().meters()) {
      if (m.rollover().isEmpty()) {
        continue;
      }
      List<RegisterReading> readings = data.meterData().registerReadings().stream()
          .filter(r -> r.meterId().equals(m.id())).sorted(Comparator.comparing(RegisterReading::readAt)).toList();
      for (int i = 1; i < readings.size(); i++) {
        RegisterReading before = readings.get(i - 1);
        RegisterReading after = readings.get(i);
        if (after.reading().value().compareTo(before.reading().value()) < 0) {
          out.println("    翻转 Rollover: " + m.id() + " wrapped at " + m.rollover().get().toPlainString() + " between "
              + before.readAt() + " (" + before.reading().value().toPlainString() + ") and " + after.readAt() + " ("
              + after.reading().value().toPlainString() + "), multiplier ×" + m.multiplier().toPlainString());
        }
      }
    }
    for (MeterReplacement r : data.meterData().replacements()) {
      out.println("    换表 Replacement: " + r.meterId() + " on " + r.at() + ", old register "
          + r.finalReading().value().toPlainString() + ", new register " + r.initialReading().value().toPlainString());
    }
    for (EstimatedMonth e : meters.estimates()) {
      out.println("    估算 Estimated: " + e.meterId() + " " + e.month().code() + ", " + e.days() + " days, "
          + num(e.amount().value().doubleValue()) + " " + e.amount().unit() + " (" + e.method() + " from "
          + e.references().stream().map(Month::code).collect(Collectors.joining(", ")) + ")");
    }
    String incomplete = meters.coverage().stream().filter(c -> c.missingMonths() > 0)
        .map(c -> c.meterId() + " " + c.monthsWithData() + " of " + c.monthsInPeriod() + " months")
        .collect(Collectors.joining(", "));
    out.println("    数据充分性 Data sufficiency: " + (meters.sufficient() ? "sufficient 充分" : "NOT sufficient 不充分")
        + (incomplete.isEmpty() ? "" : " (" + incomplete + "; every other meter all months)"));
    out.println("      " + cite(rule(meters.rulesApplied(), "maxMissingMonths")));
  }

  private void standardCoal(CoalEquivalentResult coal, List<Consumption> energy) {
    String supply = energy.stream().map(c -> c.meterId().orElse("-")).distinct().collect(Collectors.joining(", "));
    out.println("  能耗折标 Energy in standard coal " + year.code() + ", " + coal.basis().label().zh() + " "
        + coal.basis().label().en() + " basis (supply meters " + supply + "):");
    for (CarrierLine line : coal.lines()) {
      out.println(String.format(Locale.ROOT, "    %s %13s %-4s × %-6s = %12s kgce%s", ReportText.pad(label(line.carrier()), 34),
          num(line.amount()), line.carrier().unit(), line.coefficient().toPlainString(), num(line.kgce()),
          line.estimatedAmount() > 0 ? " (" + num(line.estimatedAmount()) + " estimated 估算)" : ""));
    }
    out.println("    综合能耗 Total " + num(coal.totalKgce()) + " kgce = " + num(coal.totalKgce() / 1000) + " tce");
    out.println("      " + cite(rule(coal.rulesApplied(), "electricityCalorific")));
    // 等价值: Shanghai's coefficient is UNVERIFIED, so the default policy refuses it; say so, then show the national one.
    try {
      CoalEquivalentResult primary = CoalEquivalents.in(yearEnd).convert(subject, year, energy, ElectricityBasis.PRIMARY);
      out.println("    等价值 Primary-energy basis: " + num(primary.totalKgce()) + " kgce");
    } catch (RulePackException e) {
      RuleContext national = RuleContext.standard(JurisdictionCode.CN, yearEnd.date());
      CoalEquivalentResult primary = CoalEquivalents.in(national).convert(subject, year, energy, ElectricityBasis.PRIMARY);
      out.println("    等价值 Primary-energy basis: refused for " + school.jurisdiction() + " (" + e.errorCode() + ": "
          + CoalEquivalents.in(yearEnd).rules().packs().get(0) + " is UNVERIFIED; only VerificationPolicy.ALLOW_UNVERIFIED"
          + " accepts it)");
      out.println("      on the national value instead: " + num(primary.totalKgce()) + " kgce — "
          + cite(rule(primary.rulesApplied(), "electricityPrimary")));
    }
  }

  private void electricityBySubMeter(MeterDataResult meters) {
    for (String main : data.subMeters().keySet()) {
      Meter supply = meter(main);
      if (supply.carrier() != Carrier.ELECTRICITY) {
        continue;
      }
      double whole = sum(meters.consumptionsOf(main));
      out.println("  分项用电 Electricity by sub-meter (of " + main + ", " + num(whole) + " kWh):");
      double rest = whole;
      for (String id : data.subMetersOf(main)) {
        Meter m = meter(id);
        double kwh = sum(meters.consumptionsOf(id));
        rest -= kwh;
        out.println(String.format(Locale.ROOT, "    %-10s %-4s %s %13s kWh %5.1f %%", id, m.buildingId().orElse("-"),
            ReportText.pad(m.endUse().label().zh() + " " + m.endUse().label().en(), 30), num(kwh), 100 * kwh / whole));
      }
      out.println(String.format(Locale.ROOT, "    %-10s %-4s %s %13s kWh %5.1f %%", "-", "-", ReportText.pad("未分项 not sub-metered", 30),
          num(rest), 100 * rest / whole));
    }
  }

  private void intensities(CoalEquivalentResult coal, List<Consumption> water, CarbonResult carbon,
      Denominators denominators) {
    IntensityResult r = Intensities.create().calculate(subject, year, Optional.of(coal), water,
        Optional.of(carbon.locationTotal(SH_REPORTING)), denominators, PopulationBasis.STUDENTS_AND_STAFF);
    out.println("  强度 Intensities " + year.code() + " (school document: " + num(r.averages().floorArea()) + " m², "
        + school.pupils() + " pupils + " + school.staffTotal() + " staff = " + (school.pupils() + school.staffTotal())
        + " persons):");
    for (Intensity i : r.intensities()) {
      out.println(String.format(Locale.ROOT, "    %s %10s %s", ReportText.pad(i.kind().label().zh() + " " + i.kind().label().en(), 42),
          num(i.value()), i.kind().unit()));
    }
    // Intensities read no rule pack of their own: the packs are those of the totals divided.
    AppliedRule kgce = rule(coal.rulesApplied(), "electricityCalorific");
    AppliedRule co2 = rule(carbon.locationBased(SH_REPORTING).orElseThrow().rules(), "electricity[310000]");
    out.println("    (no pack of its own: kgce on " + coal.basis().label().zh() + " by " + kgce.pack() + "; CO₂ = Scope 1 + "
        + "Scope 2 at " + co2.pack() + " " + co2.value() + co2.unit().map(u -> " " + u).orElse("") + ")");
  }

  private void dualControl(List<Consumption> energy, List<Consumption> water, Denominators denominators) {
    // Each month's kgce, water and CO₂ (Scope 1 + Scope 2 at the Shanghai reporting factor), by the calculators.
    List<MonthlyActual> months = new ArrayList<>();
    CoalEquivalents coal = CoalEquivalents.in(yearEnd);
    CarbonAccounting carbon = CarbonAccounting.in(yearEnd);
    for (int m = 1; m <= 12; m++) {
      Month month = new Month(year.year(), m);
      List<Consumption> used = within(energy, month);
      CarbonResult co2 = carbon.account(subject, month, CarbonInputs.of(used).withFactorSets(List.of(SH_REPORTING)));
      months.add(MonthlyActual.of(coal.convert(subject, month, used, ElectricityBasis.CALORIFIC),
          AnxiaoUnits.of(sum(within(water, month)), AnxiaoUnits.CUBIC_METER), co2.locationTotal(SH_REPORTING)));
    }
    SeasonalProfile profile = SeasonalProfile.of(data.seasonalProfile());
    Month checkpoint = new Month(year.year(), CHECKPOINT);
    DualControlProgress soFar = DualControl.in(RuleContext.forSchool(school, checkpoint.end().minusDays(1)))
        .progress(data.baseline(), actuals(months.subList(0, CHECKPOINT), denominators), Optional.of(profile));
    DualControlProgress full = DualControl.in(yearEnd)
        .progress(data.baseline(), actuals(months, denominators), Optional.of(profile));

    AppliedRule path = rule(soFar.rulesApplied(), "glidePath");
    out.println("  双控 Dual control " + year.code() + " — " + path.citation().shortForm() + ", pack " + path.pack() + " ["
        + path.verification() + "]: " + soFar.baselineYear() + " → " + soFar.targetYear() + ", " + soFar.glidePath());
    out.println("    baseline: the school's own " + data.baseline().year() + " intensities (caller input, "
        + data.baseline().electricityBasis().label().zh() + ", " + data.baseline().populationBasis().label().en()
        + ")");
    out.println("    forecast at " + checkpoint.end().minusDays(1) + " with data to " + checkpoint.code() + ": seasonal profile "
        + soFar.profile().source().label().zh() + " " + soFar.profile().source().label().en()
        + " (the school's 2019 monthly shares), January to " + checkpoint.code() + " = "
        + pct(soFar.metrics().get(0).profileShare()) + " of the year");
    for (MetricProgress p : soFar.metrics()) {
      MetricProgress outcome = full.metric(p.metric()).orElseThrow();
      String unit = p.metric().kind().numeratorUnit();
      out.println("    " + p.metric().label().zh() + " " + p.metric().label().en() + ": "
          + data.baseline().value(p.metric()).orElseThrow().toPlainString() + " → "
          + String.format(Locale.ROOT, "%.3f", p.targetIntensity()) + " " + p.metric().kind().unit() + " (−"
          + p.reductionPercent().toPlainString() + " %), budget " + num(p.budget()) + " " + unit);
      out.println("      to " + checkpoint.code() + " " + num(p.actualToDate()) + " (expected " + num(p.expectedToDate())
          + "), forecast " + num(p.forecast()) + " → " + p.status().label().zh() + " " + p.status().label().en()
          + "; full year " + num(outcome.actualToDate()) + " → " + outcome.status().label().zh() + " "
          + outcome.status().label().en());
    }
    out.println("    Findings 发现 (" + full.findings().size() + ", full year):");
    for (Finding f : full.findings()) {
      out.println("     [" + f.severity() + "] " + f.message().zh());
      out.println("            " + f.message().en());
    }
    // The national 14th five-year targets, for comparison; the narrowest pack in force (Shanghai's) is the one applied.
    DualControl national = DualControl.in(RuleContext.standard(JurisdictionCode.CN, yearEnd.date()));
    List<GlideTarget> paths = full.metrics().stream().map(p -> national.target(p.metric(),
        new Measure(BigDecimal.valueOf(p.baselineIntensity()), p.metric().kind().unit()), year.year())).toList();
    out.println("    国家 National " + national.rules().packs().get(0) + " (" + paths.get(0).baselineYear() + " → "
        + paths.get(0).targetYear() + "), " + year.code() + " on its path: " + paths.stream()
        .map(t -> String.format(Locale.ROOT, "%.3f", t.value())).collect(Collectors.joining(" / "))
        + " (same order); the narrowest pack in force, Shanghai's, is the one applied in " + school.jurisdiction());
  }

  private Actuals actuals(List<MonthlyActual> months, Denominators denominators) {
    return new Actuals(subject, months, denominators, PopulationBasis.STUDENTS_AND_STAFF);
  }

  private void waterBalance(MeterDataResult meters) {
    for (String main : data.subMeters().keySet()) {
      if (meter(main).carrier() != Carrier.WATER) {
        continue;
      }
      List<String> subs = data.subMetersOf(main);
      List<String> all = Stream.concat(Stream.of(main), subs.stream()).toList();
      String tolerances = all.stream().map(data::toleranceOf).distinct().count() == 1
          ? "each ±" + pct(data.toleranceOf(main).doubleValue())
          : all.stream().map(id -> id + " ±" + pct(data.toleranceOf(id).doubleValue())).collect(Collectors.joining(", "));
      out.println("  水平衡 Water balance, " + main + " against " + String.join(" + ", subs) + " (no rule pack: the meters'"
          + " tolerances as the school states them, " + tolerances + "):");
      for (Period period : List.of(year, new Month(year.year(), CLOSED_MONTH))) {
        WaterBalanceResult b = WaterBalances.create().balance(subject, period, volume(meters, main, period),
            subs.stream().map(id -> volume(meters, id, period)).toList());
        out.println("    " + period.code() + (period.equals(year) ? "" : " (暑假 school closed)") + ": supply "
            + num(b.supplyVolume()) + " m³, sub-meters " + num(b.subMeteredVolume()) + " m³"
            + (b.anyEstimated() ? " (includes estimated 含估算)" : "") + ", unaccounted 未计量 "
            + num(b.unaccountedVolume()) + " m³ = " + pct(b.leakRate()) + " 漏损率, band ±" + num(b.band()) + " m³ → "
            + b.status().label().zh() + " " + b.status().label().en());
      }
    }
  }

  private void carbon(CarbonResult c) {
    out.println("  碳排放 Carbon " + year.code() + " (kgCO₂e):");
    for (EmissionLine l : c.scope1()) {
      out.println("    范围一 Scope 1 " + label(l.carrier()) + " " + num(l.amount()) + " " + l.carrier().unit() + " × "
          + l.factor().toPlainString() + " = " + num(l.kgCO2()));
      out.println("      " + cite(l.factorRule()));
    }
    for (LocationBasedScope2 s : c.locationBased()) {
      EmissionLine l = s.line(Carrier.ELECTRICITY).orElseThrow();
      out.println("    范围二 Scope 2 location-based 基于位置, " + label(s.factorSet()) + ": " + num(l.amount()) + " kWh × "
          + l.factor().toPlainString() + " = " + num(s.kgCO2()) + "; Scope 1 + 2 = " + num(c.scope1Kg() + s.kgCO2()));
      out.println("      " + cite(l.factorRule()));
    }
    MarketBasedScope2 m = c.marketBased().orElseThrow();
    EmissionLine residual = m.line(Carrier.ELECTRICITY).orElseThrow();
    out.println("    范围二 Scope 2 market-based 基于市场: green power 绿电 " + num(m.greenPowerKwh()) + " kWh at zero; "
        + num(m.residualKwh()) + " kWh × " + residual.factor().toPlainString() + " (" + m.residual().region() + ") = "
        + num(m.kgCO2()) + "; Scope 1 + 2 = " + num(c.scope1Kg() + m.kgCO2()));
    out.println("      " + cite(residual.factorRule()));
    out.println("      " + cite(rule(m.rules(), "greenPowerAtZero")));
    out.println("    光伏自用 PV self-consumed " + num(c.pvSelfConsumedKwh()) + " kWh: zero emissions, non-fossil 非化石");
  }

  /** Floor area, pupils and staff from the school document, in force all year. */
  private Denominators denominators() {
    LocalDate from = year.start();
    double area = school.campuses().stream().mapToDouble(Campus::grossFloorAreaSquareMetres).sum();
    return Denominators.of(StepSeries.constant(from, BigDecimal.valueOf(area)),
        StepSeries.constant(from, BigDecimal.valueOf(school.pupils())),
        StepSeries.constant(from, BigDecimal.valueOf(school.staffTotal())));
  }

  /** One water meter's volume over {@code period}: its monthly consumptions summed, estimated if any was. */
  private MeteredVolume volume(MeterDataResult meters, String meterId, Period period) {
    List<Consumption> months = within(meters.consumptionsOf(meterId), period);
    BigDecimal m3 = months.stream().map(c -> c.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    Consumption first = months.get(0);
    Consumption total = new Consumption(Carrier.WATER, period, new Measure(m3, first.amount().unit()), first.meterId(),
        first.buildingId(), first.endUse(), months.stream().anyMatch(Consumption::estimated), Optional.empty());
    return new MeteredVolume(total, data.toleranceOf(meterId));
  }

  private Meter meter(String id) {
    return data.meterData().meters().stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no meter " + id));
  }

  private static List<Consumption> within(List<Consumption> consumptions, Period period) {
    return consumptions.stream().filter(c -> period.encloses(c.period())).toList();
  }

  private static double sum(List<Consumption> consumptions) {
    return consumptions.stream().mapToDouble(Consumption::value).sum();
  }

  private static AppliedRule rule(List<AppliedRule> rules, String parameter) {
    return rules.stream().filter(r -> r.parameter().equals(parameter)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no rule value " + parameter + " in " + rules));
  }

  /** The source of a figure: pack@version, the value, and the document and clause it cites. */
  private static String cite(AppliedRule r) {
    return r.pack() + " " + r.parameter() + " = " + r.value() + r.unit().map(u -> " " + u).orElse("") + " — "
        + r.citation().shortForm() + " [" + r.verification() + "]";
  }

  private static String label(Carrier carrier) {
    return carrier.label().zh() + " " + carrier.label().en();
  }

  private static String label(FactorSet set) {
    return set.equals(SH_REPORTING) ? "上海报告因子 Shanghai reporting" : "生态环境部 MEE, row " + set.region();
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
  }
}
