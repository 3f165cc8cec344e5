package org.anxiao.logistics.canteen;

/** What a canteen's revenue line is (食堂收入类别). */
public enum RevenueKind {
  /** Meal fees paid by pupils or parents (伙食费). */
  MEAL_FEES,
  /** Public subsidies for meals (财政补助、伙食补助). */
  SUBSIDIES,
  /** Any other revenue (其他收入), e.g. staff meals or sales of waste oil. */
  OTHER
}
