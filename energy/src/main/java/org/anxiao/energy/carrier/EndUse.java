package org.anxiao.energy.carrier;

import org.anxiao.core.text.LocalizedText;

/**
 * The end use a sub-meter measures (分项计量), after the public-building sub-metering practice the
 * spec cites: lighting and sockets, air-conditioning, power, special uses; {@link #WHOLE} for a
 * meter that measures a whole supply (a main meter).
 */
public enum EndUse {
  /** A main or building meter, not split by use (总表). */
  WHOLE("总用能", "whole supply"),
  /** Lighting and sockets (照明插座用电). */
  LIGHTING_SOCKETS("照明插座", "lighting and sockets"),
  /** Air-conditioning (空调用电). */
  AIR_CONDITIONING("空调", "air-conditioning"),
  /** Power: lifts, pumps, fans (动力用电). */
  POWER("动力", "power"),
  /** Special uses: kitchens, labs, data rooms (特殊用电). */
  SPECIAL("特殊", "special");

  private final LocalizedText label;

  EndUse(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the end use's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
