package org.anxiao.safety.fire;

import org.anxiao.core.text.LocalizedText;

/**
 * A type of premises (场所类型) that GB 35181's counting rules name. A building may be of several
 * types at once (a crowded place that also stores flammable goods); a building of none of the first
 * three is {@link #OTHER}. Which types an edition knows is pack data: GB 35181-2025 deleted the term
 * 重要场所 (its foreword, item a)), so {@link #IMPORTANT} is unknown on a date it is in force.
 */
public enum PremisesType {
  /** 人员密集场所 — crowded place (消防法 art. 73; GB 35181-2017 ch. 3). */
  CROWDED("人员密集场所", "crowded place"),
  /** 易燃易爆危险品场所 — premises producing, storing or trading flammable or explosive dangerous goods. */
  FLAMMABLE_EXPLOSIVE("易燃易爆危险品场所", "flammable or explosive dangerous goods premises"),
  /** 重要场所 — important place (GB 35181-2017 3.6; deleted in GB 35181-2025). */
  IMPORTANT("重要场所", "important place"),
  /** 其他场所 — premises of none of the other types. */
  OTHER("其他场所", "other premises");

  private final LocalizedText label;

  PremisesType(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the type's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
