package org.anxiao.core.time;

import java.time.LocalDate;
import org.anxiao.core.internal.Require;

/**
 * A semester (学期) as a half of an {@link AcademicYear}: S1 (autumn, 秋季学期) from 1 September to
 * 1 February, S2 (spring, 春季学期) from 1 February to 1 September, so that the two halves cover the
 * year without gap. Actual term dates differ by district and year: where they matter, use a
 * {@link DateRange} with the published dates.
 *
 * @param academicYear the academic year
 * @param term         1 (autumn) or 2 (spring)
 */
public record Semester(AcademicYear academicYear, int term) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param academicYear the academic year
   * @param term         1 (autumn) or 2 (spring)
   */
  public Semester {
    Require.nonNull("academicYear", academicYear);
    Require.that(term == 1 || term == 2, "term", term, "must be 1 (autumn) or 2 (spring)");
  }

  @Override
  public LocalDate start() {
    return term == 1 ? academicYear.start() : LocalDate.of(academicYear.startYear() + 1, 2, 1);
  }

  @Override
  public LocalDate end() {
    return term == 1 ? LocalDate.of(academicYear.startYear() + 1, 2, 1) : academicYear.end();
  }

  @Override
  public String code() {
    return academicYear.code() + "-S" + term;
  }
}
