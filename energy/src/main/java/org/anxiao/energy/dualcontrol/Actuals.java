package org.anxiao.energy.dualcontrol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Month;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;

/**
 * A subject's actuals for the year so far (本年实绩): the months reported, January onwards with no
 * gap, and the denominators (floor area and headcounts, dated, including changes planned for the
 * rest of the year) that turn intensity targets into this year's budget.
 *
 * <p>Invariants: at least one month; all months of one year; each month once (a month twice is a
 * {@code PERIOD_OVERLAP}); January to the last month reported without a gap (a missing month is a
 * {@code MISSING_VALUE}: a year-to-date figure with a hole would understate the forecast). Months
 * are kept in order. Immutable and thread-safe.
 *
 * @param subject         whose actuals (a school, a district)
 * @param months          the months reported
 * @param denominators    floor area and headcounts
 * @param populationBasis who counts as a person
 */
public record Actuals(Subject subject, List<MonthlyActual> months, Denominators denominators,
    PopulationBasis populationBasis) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject         whose actuals
   * @param months          the months reported, January onwards without a gap
   * @param denominators    floor area and headcounts
   * @param populationBasis who counts as a person
   */
  public Actuals {
    Require.nonNull("subject", subject);
    List<MonthlyActual> sorted = new ArrayList<>(Require.nonEmpty("months", Bounds.list("months", months)));
    sorted.sort(Comparator.comparing((MonthlyActual m) -> m.month().start()));
    int year = sorted.get(0).month().year();
    for (int i = 0; i < sorted.size(); i++) {
      Month m = sorted.get(i).month();
      Require.that(m.year() == year, "months[" + i + "].month", m.code(), "must be in {}, the year of the other months",
          year);
      if (i > 0 && m.equals(sorted.get(i - 1).month())) {
        throw new PeriodOverlapException("months", m.code(), m.code());
      }
      if (m.month() != i + 1) {
        throw new MissingValueException("month " + new Month(year, i + 1).code()
            + " is not reported: a year to date runs from January without a gap", "months");
      }
    }
    months = List.copyOf(sorted);
    Require.nonNull("denominators", denominators);
    Require.nonNull("populationBasis", populationBasis);
  }

  /** {@return the year of the months reported} */
  public int year() {
    return months.get(0).month().year();
  }

  /** {@return the last month reported} */
  public Month lastMonth() {
    return months.get(months.size() - 1).month();
  }

  /**
   * {@return the actuals of a roll-up (a district): each month's figures summed over {@code parts},
   * denominators summed day by day} A district's target applies to the sum.
   *
   * @param subject the roll-up's subject
   * @param parts   the parts, at least one, each with the same months, bases and population basis, no subject twice
   */
  public static Actuals sum(Subject subject, List<Actuals> parts) {
    List<Actuals> all = Require.nonEmpty("parts", Bounds.list("parts", parts));
    Actuals first = all.get(0);
    Set<Subject> subjects = new LinkedHashSet<>();
    int n = first.months.size();
    double[] energy = new double[n];
    double[] renewable = new double[n];
    double[] water = new double[n];
    double[] carbon = new double[n];
    List<Denominators> denominators = new ArrayList<>();
    for (int p = 0; p < all.size(); p++) {
      Actuals a = all.get(p);
      Require.that(subjects.add(a.subject), "parts[" + p + "].subject", a.subject.id(), "appears twice");
      Require.that(a.populationBasis == first.populationBasis, "parts[" + p + "].populationBasis", a.populationBasis,
          "must be the population basis of parts[0], {}", first.populationBasis);
      Require.that(a.months.size() == n && a.lastMonth().equals(first.lastMonth()), "parts[" + p + "].months",
          a.lastMonth().code(), "must run to {}, as parts[0] does", first.lastMonth().code());
      for (int i = 0; i < n; i++) {
        MonthlyActual m = a.months.get(i);
        if (m.electricityBasis() != first.months.get(i).electricityBasis()) {
          throw new org.anxiao.core.error.UnitMismatchException("parts[" + p + "].months[" + i + "].electricityBasis",
              "kgce (" + m.electricityBasis() + ")", "the basis of parts[0], " + first.months.get(i).electricityBasis());
        }
        energy[i] += m.energyKgce();
        renewable[i] += m.renewableKgce();
        water[i] += m.waterM3();
        carbon[i] += m.carbonKgCO2e();
      }
      denominators.add(a.denominators);
    }
    List<MonthlyActual> months = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MonthlyActual m = first.months.get(i);
      months.add(new MonthlyActual(m.month(), m.electricityBasis(), energy[i], Math.min(renewable[i], energy[i]),
          water[i], carbon[i]));
    }
    return new Actuals(subject, months, Denominators.sum(denominators), first.populationBasis);
  }
}
