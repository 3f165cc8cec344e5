package org.anxiao.logistics.waste;

import org.anxiao.core.text.LocalizedText;

/** The waste-sorting measures a pack of kind {@code anxiao.logistics.waste-streams} may set a target for. */
public enum WasteMeasure {
  /** Sorting accuracy (分类准确率) = bins correctly sorted / bins inspected; a minimum. */
  SORTING_ACCURACY("分类准确率", "sorting accuracy"),
  /** Recycling rate (资源回收率) = recovered mass / total mass; a minimum. */
  RECYCLING_RATE("资源回收率", "recycling rate"),
  /** Wet-waste on-site share (湿垃圾就地处理率) = wet treated on site / wet mass; a minimum. */
  WET_ON_SITE_SHARE("湿垃圾就地处理率", "wet-waste on-site share"),
  /** Waste per person per day (人均日产生量), kg; a maximum. */
  PER_PERSON_DAY("人均日垃圾产生量（千克）", "waste per person per day (kg)");

  private final LocalizedText label;

  WasteMeasure(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the measure's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
