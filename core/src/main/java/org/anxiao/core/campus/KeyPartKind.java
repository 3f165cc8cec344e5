package org.anxiao.core.campus;

import org.anxiao.core.text.LocalizedText;

/**
 * Kind of key part (重点部位), after the list of 丽教办安〔2024〕10号: 学生宿舍、食堂、图书馆、体育馆、
 * 实验室、煤气燃气设施、供电设施、储藏室、危险品仓库、实习实训基地.
 */
public enum KeyPartKind {
  /** 学生宿舍. */
  DORMITORY("学生宿舍", "student dormitory"),
  /** 食堂. */
  CANTEEN("食堂", "canteen"),
  /** 图书馆. */
  LIBRARY("图书馆", "library"),
  /** 体育馆. */
  GYMNASIUM("体育馆", "gymnasium"),
  /** 实验室. */
  LABORATORY("实验室", "laboratory"),
  /** 煤气燃气设施. */
  GAS_FACILITY("煤气燃气设施", "gas facility"),
  /** 供电设施. */
  POWER_SUPPLY("供电设施", "power supply facility"),
  /** 储藏室. */
  STOREROOM("储藏室", "storeroom"),
  /** 危险品仓库. */
  HAZARDOUS_MATERIALS_STORE("危险品仓库", "hazardous materials store"),
  /** 实习实训基地. */
  TRAINING_BASE("实习实训基地", "practical training base"),
  /** 其他重点部位. */
  OTHER("其他", "other");

  private final LocalizedText label;

  KeyPartKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the kind's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
