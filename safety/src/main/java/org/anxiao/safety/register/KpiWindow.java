package org.anxiao.safety.register;

/**
 * The period and the pack's readings as the kernel uses them: epoch days, flags and places.
 *
 * @param start                 the period's first day (epoch day)
 * @param asOf                  the period's last day (epoch day)
 * @param deadlineDayOnTime     the deadline day is on time and not yet overdue
 * @param onTimeWithoutDeadline a hazard closed without a deadline is on time
 * @param ratePlaces            places of the rates
 * @param meanPlaces            places of the mean days to close
 */
record KpiWindow(int start, int asOf, boolean deadlineDayOnTime, boolean onTimeWithoutDeadline, int ratePlaces,
    int meanPlaces) {}
