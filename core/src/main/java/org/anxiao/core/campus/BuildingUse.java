package org.anxiao.core.campus;

import org.anxiao.core.text.LocalizedText;

/** Main use of a building (建筑用途). */
public enum BuildingUse {
  /** 教学楼. */
  TEACHING("教学楼", "teaching building"),
  /** 实验楼. */
  LABORATORY("实验楼", "laboratory building"),
  /** 图书馆. */
  LIBRARY("图书馆", "library"),
  /** 食堂. */
  CANTEEN("食堂", "canteen"),
  /** 学生宿舍. */
  DORMITORY("学生宿舍", "student dormitory"),
  /** 体育馆. */
  GYMNASIUM("体育馆", "gymnasium"),
  /** 行政楼. */
  ADMINISTRATION("行政楼", "administration building"),
  /** 报告厅/会议室. */
  AUDITORIUM("报告厅/会议室", "auditorium"),
  /** 幼儿园园舍 — kindergarten rooms (活动室、寝室). */
  KINDERGARTEN("幼儿园园舍", "kindergarten building"),
  /** 其他. */
  OTHER("其他", "other");

  private final LocalizedText label;

  BuildingUse(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the use's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
