package org.anxiao.safety.register;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One phase of a campaign (专项整治阶段), e.g. 集中排查 2022-03-01 – 2022-03-31 (闵行 2022 §四(一)), with the
 * due dates that fall in it. Immutable and thread-safe.
 *
 * @param code           the phase's code, e.g. {@code INVESTIGATION}
 * @param name           the phase's name, in Chinese and English
 * @param start          the first day, inclusive
 * @param end            the last day, inclusive, not before {@code start}
 * @param weeklyReports  whether departments report weekly in the phase (周报机制)
 * @param dueDates       the due dates of the phase, each within it
 */
public record CampaignPhase(String code, LocalizedText name, LocalDate start, LocalDate end, boolean weeklyReports,
    List<DueDate> dueDates) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code          the code
   * @param name          the name
   * @param start         the first day
   * @param end           the last day
   * @param weeklyReports weekly reports in the phase
   * @param dueDates      the due dates, within the phase
   */
  public CampaignPhase {
    Bounds.code("code", code);
    Require.nonNull("name", name);
    Bounds.date("start", start);
    Bounds.date("end", end);
    Require.that(!end.isBefore(start), "end", end, "must not be before start {}", start);
    dueDates = Bounds.list("dueDates", dueDates);
    for (int i = 0; i < dueDates.size(); i++) {
      LocalDate d = dueDates.get(i).date();
      Require.thatElement(!d.isBefore(start) && !d.isAfter(end), "dueDates", i, ".date", d, "must fall within the phase");
    }
  }
}
