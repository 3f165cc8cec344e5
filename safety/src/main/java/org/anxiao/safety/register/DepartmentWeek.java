package org.anxiao.safety.register;

import org.anxiao.core.internal.Bounds;

/**
 * One responsible department's line of a campaign weekly report (周报): hazards found and closed in
 * the week, found and closed from the campaign's first day to the week's last day, and, at the week's
 * last day, open, overdue and hard to resolve (open and flagged). Immutable and thread-safe.
 *
 * @param foundThisWeek  found in the week
 * @param closedThisWeek closed in the week
 * @param foundToDate    found from the campaign's first day to the week's last day
 * @param closedToDate   closed from the campaign's first day to the week's last day
 * @param open           open at the week's last day
 * @param overdue        open past the deadline at the week's last day
 * @param hardToResolve  open and flagged hard to resolve at the week's last day
 */
public record DepartmentWeek(long foundThisWeek, long closedThisWeek, long foundToDate, long closedToDate, long open,
    long overdue, long hardToResolve) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param foundThisWeek  found in the week
   * @param closedThisWeek closed in the week
   * @param foundToDate    found to date
   * @param closedToDate   closed to date
   * @param open           open
   * @param overdue        overdue
   * @param hardToResolve  hard to resolve
   */
  public DepartmentWeek {
    Bounds.count("foundThisWeek", foundThisWeek);
    Bounds.count("closedThisWeek", closedThisWeek);
    Bounds.count("foundToDate", foundToDate);
    Bounds.count("closedToDate", closedToDate);
    Bounds.count("open", open);
    Bounds.count("overdue", overdue);
    Bounds.count("hardToResolve", hardToResolve);
  }
}
