package org.anxiao.logistics.waste;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A household-waste stream (生活垃圾类别): Shanghai's four streams of 上海市生活垃圾管理条例 (2019) 第四条.
 * Which streams are in force, and which count as recovered, is pack data ({@link WasteStreamRule}).
 */
public enum WasteStream {
  /** 可回收物 — recyclables: paper, plastics, glass, metal, textiles. */
  RECYCLABLE("可回收物", "recyclable"),
  /** 有害垃圾 — hazardous waste: batteries, lamps, medicines, paints. */
  HAZARDOUS("有害垃圾", "hazardous"),
  /** 湿垃圾 — wet (perishable, 易腐) waste: food scraps, peels, plants. */
  WET("湿垃圾", "wet"),
  /** 干垃圾 — residual (other, 其它) waste: everything else. */
  RESIDUAL("干垃圾", "residual");

  private final LocalizedText label;

  WasteStream(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the stream's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the stream of {@code code}, e.g. {@code WET}}
   *
   * @param field the field path, for the error
   * @param code  the stream's code
   * @throws UnknownCodeException when {@code code} names no stream, naming {@code field}
   */
  public static WasteStream of(String field, String code) {
    Require.nonNull("field", field);
    Require.nonNull(field, code);
    for (WasteStream s : values()) {
      if (s.name().equals(code)) {
        return s;
      }
    }
    throw new UnknownCodeException(field, code, "WasteStream " + java.util.Arrays.toString(values()));
  }
}
