package org.anxiao.spark.examples;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.batch.BatchAccumulator;
import org.anxiao.energy.batch.BatchReadings;
import org.anxiao.energy.batch.BatchRollUp;
import org.anxiao.energy.batch.RollUpReport;
import org.anxiao.energy.batch.RollUpSchool;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.testkit.province.ProvinceReading;
import org.anxiao.energy.testkit.province.ProvinceSchool;

/**
 * The same roll-up as {@link org.anxiao.spark.EnergyRollUpJob}'s defaults on one JVM and one thread
 * (单机汇总), with no Spark: the schools' factors resolved once ({@link BatchReadings#resolve}), every
 * row through {@link BatchReadings.Summing} into one accumulator, and {@link BatchRollUp}. The reference the Spark job is
 * compared with, and the other side of benchmark P6.
 */
public final class SingleJvmRollUp {
  private final BatchReadings reader;
  private final BatchRollUp rollUp;
  private final List<RollUpSchool> schools;
  private final YearMonth firstMonth;
  private final int year;
  private final List<AnxiaoException> failures = new ArrayList<>();

  /**
   * Resolves the factors of {@code schools} (sorted by id, as the job sorts them).
   *
   * @param context    the province and a date in {@code year}
   * @param firstMonth the first month
   * @param months     the number of months
   * @param year       the year rolled up
   * @param schools    the schools, in id order
   */
  public SingleJvmRollUp(RuleContext context, YearMonth firstMonth, int months, int year, List<ProvinceSchool> schools) {
    FactorSet mee = FactorSet.mee(GridRegion.provinceOf(context.jurisdiction()));
    this.schools = new ArrayList<>();
    for (ProvinceSchool s : schools) {
      this.schools.add(new RollUpSchool(s.id(), JurisdictionCode.of(s.jurisdiction()), s.area(), s.population()));
    }
    this.reader = BatchReadings.resolve(context, ElectricityBasis.CALORIFIC, mee, this.schools, firstMonth, months);
    this.rollUp = BatchRollUp.in(context, JurisdictionDirectory.standard());
    this.firstMonth = firstMonth;
    this.year = year;
  }

  /**
   * {@return the roll-up of {@code rows}, summed in their order}
   *
   * @param rows the readings
   */
  public RollUpReport run(List<ProvinceReading> rows) {
    return rollUp.run(sums(rows).result(), firstMonth, schools, year);
  }

  /**
   * {@return the accumulator over {@code rows}, summed in their order; the rows refused are in {@link #failures()}}
   *
   * @param rows the readings
   */
  public BatchAccumulator sums(List<ProvinceReading> rows) {
    failures.clear();
    BatchReadings.Summing sums = reader.summing(8192);
    for (ProvinceReading r : rows) {
      AnxiaoException error = sums.add(r.schoolId(), r.carrier(), r.periodStart(), r.value(), r.unit());
      if (error != null) {
        failures.add(error);
      }
    }
    return sums.finish();
  }

  /** {@return the errors of the rows the last run refused, in row order} */
  public List<AnxiaoException> failures() {
    return List.copyOf(failures);
  }

  /** {@return the schools in batch order} */
  public List<RollUpSchool> schools() {
    return List.copyOf(schools);
  }
}
