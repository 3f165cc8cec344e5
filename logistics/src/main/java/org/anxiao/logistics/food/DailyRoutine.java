package org.anxiao.logistics.food;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.text.LocalizedText;

/**
 * A food-safety routine a canteen records each day (食品安全日常管理记录), as listed by 沪教委后〔2024〕10号
 * §四1: 索证索票、进货查验、从业人员健康管理、食品留样、防治鼠（虫）害、"互联网+明厨亮灶"、设施设备定期维护清洗.
 * Which of them a day's log must show is pack data ({@code dailyRecords} of
 * {@link FoodSafetyRoutineRule}). Codes are the constant names.
 */
public enum DailyRoutine {
  /** 索证索票 — supplier licences and invoices obtained. */
  DOCUMENTS("索证索票", "supplier documents and invoices"),
  /** 进货查验 — deliveries checked on receipt. */
  DELIVERY_CHECK("进货查验", "delivery check"),
  /** 从业人员健康管理 — staff health (morning check, certificates). */
  STAFF_HEALTH("从业人员健康管理", "staff health management"),
  /** 食品留样 — food samples retained. */
  FOOD_SAMPLES("食品留样", "food samples"),
  /** 防治鼠（虫）害 — pest control. */
  PEST_CONTROL("防治鼠（虫）害", "pest control"),
  /** "互联网+明厨亮灶" — the kitchen's video feed online. */
  KITCHEN_VIDEO("互联网+明厨亮灶", "kitchen video online"),
  /** 设施设备定期维护、清洗 — equipment maintained, cleaned and disinfected. */
  EQUIPMENT_CLEANING("设施设备维护清洗", "equipment maintenance and cleaning");

  private final LocalizedText label;

  DailyRoutine(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the routine's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the routine with code {@code code}}
   *
   * @param code the constant name, e.g. {@code PEST_CONTROL}
   * @throws UnknownCodeException for a code that names no routine
   */
  public static DailyRoutine of(String code) {
    Bounds.code("routine", code);
    for (DailyRoutine r : values()) {
      if (r.name().equals(code)) {
        return r;
      }
    }
    throw new UnknownCodeException("routine", code, "daily routine");
  }
}
