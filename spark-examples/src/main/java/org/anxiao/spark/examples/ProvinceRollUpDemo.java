package org.anxiao.spark.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.RollUpLine;
import org.anxiao.energy.testkit.province.SyntheticProvince;
import org.anxiao.spark.EnergyRollUpJob;
import org.anxiao.spark.RollUpRun;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The province roll-up demo (省级汇总演示): writes a synthetic Shanghai of {@code schools} schools in
 * its 16 districts, monthly readings 2020–2023 with gaps, meter replacements and eight bad rows, as
 * Parquet; runs {@link EnergyRollUpJob} on it in Spark local mode; prints the province's 2023 roll-up,
 * the five districts with the least dual-control headroom, and the failures table.
 *
 * <p>Arguments: {@code [schools (default 160)] [folder (default target/province)]}.
 */
public final class ProvinceRollUpDemo {
  /** The seed of the demo's province. */
  static final long SEED = 20_261_201L;

  private ProvinceRollUpDemo() {}

  /**
   * Runs the demo.
   *
   * @param args schools and folder, both optional
   */
  public static void main(String[] args) {
    int schools = args.length > 0 ? Integer.parseInt(args[0]) : 160;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/province").toAbsolutePath();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SyntheticProvince province = SyntheticProvince.builder(SEED).schools(schools).badRows(8).build();
    SparkSession spark = LocalSpark.start("local[*]", 8);
    try {
      ProvinceTables.writeParquet(spark, province, dir, 8);
      out.printf(Locale.ROOT, "Synthetic province 310000: %d schools in %d districts, months 2020-01 to 2023-12,"
          + " %d good readings and %d bad, as Parquet in %s%n", province.schoolCount(), province.districts().size(),
          province.goodRowCount(), province.badReadings().size(), dir);
      RuleContext shanghai = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31));
      EnergyRollUpJob job = EnergyRollUpJob.of(shanghai, YearMonth.of(2020, 1), 48, 2023);
      RollUpRun run = job.run(ProvinceTables.readReadings(spark, dir), ProvinceTables.readSchools(spark, dir));
      out.printf(Locale.ROOT, "Spark %s, %s: %d readings summed, %d rows failed%n%n", spark.version(),
          spark.sparkContext().master(), run.readingsSummed(), run.failureCount());
      print(out, run);
    } finally {
      spark.stop();
    }
  }

  static void print(PrintStream out, RollUpRun run) {
    JurisdictionDirectory directory = JurisdictionDirectory.standard();
    RollUpLine province = run.report().level(JurisdictionLevel.PROVINCE).get(0);
    out.printf(Locale.ROOT, "Province %s %s, %d (baseline %d), %s electricity:%n", province.subject().id(),
        name(directory, province), run.report().year(), run.report().baselineYear(), run.report().basis());
    out.printf(Locale.ROOT, "  energy        %,16.1f kgce   %10.3f kgce/m²   %8.2f kgce/person%n", province.kgce(),
        province.kgcePerSquareMetre(), province.kgcePerPerson());
    out.printf(Locale.ROOT, "  CO₂ location  %,16.3f t      %10.3f kgCO₂/m²%n", province.locationTonnes(),
        province.kgCO2PerSquareMetre());
    out.printf(Locale.ROOT, "  CO₂ market    %,16.3f t%n", province.marketTonnes());
    out.printf(Locale.ROOT, "  schools %d, floor area %,.0f m², persons %,d, school-months without energy %d%n",
        province.schools(), province.area(), province.population(), province.gapMonths());
    province.energyPerArea().ifPresent(m -> out.printf(Locale.ROOT,
        "  dual control  %s: budget %,.1f kgce, forecast %,.1f kgce, headroom %,.1f kgce (%.2f %%)%n%n",
        province.status().orElseThrow(), m.budget(), m.forecast(), m.headroom(), 100 * m.headroom() / m.budget()));

    List<RollUpLine> worst = run.report().level(JurisdictionLevel.COUNTY).stream()
        .filter(l -> l.headroomShare().isPresent())
        .sorted(Comparator.comparing((RollUpLine l) -> l.headroomShare().orElseThrow())).limit(5).toList();
    out.println("Five districts with the least energy headroom (budget − forecast, energy per floor area):");
    for (RollUpLine l : worst) {
      out.printf(Locale.ROOT, "  %s %-6s %-9s headroom %,14.1f kgce  (%6.2f %%)  %7.3f kgce/m²  %d schools%n",
          l.subject().id(), name(directory, l), l.status().orElseThrow(), l.energyPerArea().orElseThrow().headroom(),
          100 * l.headroomShare().orElseThrow(), l.kgcePerSquareMetre(), l.schools());
    }
    out.println();
    out.println("Failures (every bad row, with its error code, field and value):");
    for (Row f : run.failures().collectAsList()) {
      out.printf(Locale.ROOT, "  %-8s %-12s %-12s %-19s %-10s %-5s → %s %s = %s%n", f.getString(0), f.getString(1),
          f.getString(2), f.getString(3), f.isNullAt(4) ? "" : f.get(4), f.getString(5), f.getString(6),
          f.getString(7), f.getString(8));
    }
  }

  private static String name(JurisdictionDirectory directory, RollUpLine line) {
    return directory.find(JurisdictionCode.of(line.subject().id())).map(j -> j.name().zh()).orElse("");
  }
}
