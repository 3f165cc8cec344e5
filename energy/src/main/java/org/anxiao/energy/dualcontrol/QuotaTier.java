package org.anxiao.energy.dualcontrol;

import org.anxiao.core.text.LocalizedText;

/**
 * Where an annual energy per floor area stands among a category's three quota tiers (能耗定额档位),
 * from best to worst: at or below the guide (引导值), the benchmark (基准值), the ceiling (约束值), or above it.
 */
public enum QuotaTier {
  /** At or below the guide value (不高于引导值). */
  WITHIN_GUIDE("不高于引导值", "at or below the guide"),
  /** Above the guide, at or below the benchmark (不高于基准值). */
  WITHIN_BENCHMARK("高于引导值、不高于基准值", "above the guide, at or below the benchmark"),
  /** Above the benchmark, at or below the ceiling (不高于约束值). */
  WITHIN_CEILING("高于基准值、不高于约束值", "above the benchmark, at or below the ceiling"),
  /** Above the ceiling (超过约束值). */
  OVER_CEILING("超过约束值", "above the ceiling");

  private final LocalizedText label;

  QuotaTier(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the tier's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
