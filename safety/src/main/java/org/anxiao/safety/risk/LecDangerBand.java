package org.anxiao.safety.risk;

import org.anxiao.core.text.LocalizedText;

/**
 * The five danger bands (危险程度) of the LEC method (作业条件危险性评价法), ordered lowest first. The
 * thresholds on D that separate them and the {@link RiskLevel} each maps to are pack data
 * ({@link LecRule}); in the customary pack: D &gt; 320 极其危险, 160–320 高度危险, 70–160 显著危险,
 * 20–70 一般危险, &lt; 20 稍有危险.
 */
public enum LecDangerBand {
  /** 稍有危险，可以接受: slightly dangerous, acceptable. */
  SLIGHT(LocalizedText.of("稍有危险", "slightly dangerous")),
  /** 一般危险，需要注意: possibly dangerous, needs attention. */
  POSSIBLE(LocalizedText.of("一般危险", "possibly dangerous")),
  /** 显著危险，需要整改: substantially dangerous, needs correction. */
  SUBSTANTIAL(LocalizedText.of("显著危险", "substantially dangerous")),
  /** 高度危险，需要立即整改: highly dangerous, needs immediate correction. */
  HIGH(LocalizedText.of("高度危险", "highly dangerous")),
  /** 极其危险，不能继续作业: extremely dangerous, stop work. */
  EXTREME(LocalizedText.of("极其危险", "extremely dangerous"));

  private final LocalizedText label;

  LecDangerBand(LocalizedText label) {
    this.label = label;
  }

  /** {@return the band's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
