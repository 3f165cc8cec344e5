package org.anxiao.safety.risk;

import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * The four risk levels (风险等级), ordered lowest first: {@code compareTo} is the model, and a higher
 * level is the graver. The colour (red 红, orange 橙, yellow 黄, blue 蓝) is the four-colour risk map
 * convention common to provincial double-prevention (双重预防) material; the number (1–4) and letter
 * (A–D) depend on the {@link LevelNumbering} a province uses. The hex colours are a display choice of
 * this library (pure red, orange, yellow, blue), not figures from a source.
 */
public enum RiskLevel {
  /** 低风险, blue (蓝). */
  LOW(LocalizedText.of("低风险", "low risk"), LocalizedText.of("蓝", "blue"), "#0000FF"),
  /** 一般风险, yellow (黄). */
  GENERAL(LocalizedText.of("一般风险", "general risk"), LocalizedText.of("黄", "yellow"), "#FFFF00"),
  /** 较大风险, orange (橙). */
  SIGNIFICANT(LocalizedText.of("较大风险", "significant risk"), LocalizedText.of("橙", "orange"), "#FF8000"),
  /** 重大风险, red (红). */
  MAJOR(LocalizedText.of("重大风险", "major risk"), LocalizedText.of("红", "red"), "#FF0000");

  private static final String LETTERS = "ABCD";

  private final LocalizedText label;
  private final LocalizedText colour;
  private final String hex;

  RiskLevel(LocalizedText label, LocalizedText colour, String hex) {
    this.label = label;
    this.colour = colour;
    this.hex = hex;
  }

  /** {@return the level's name in Chinese and English, e.g. 较大风险 / significant risk} */
  public LocalizedText label() {
    return label;
  }

  /** {@return the colour's name in Chinese and English, e.g. 橙 / orange} */
  public LocalizedText colour() {
    return colour;
  }

  /** {@return the display colour as {@code #RRGGBB}, upper-case hex} */
  public String hexColour() {
    return hex;
  }

  /**
   * {@return the level's number, 1 to 4, under {@code numbering}}
   *
   * @param numbering which end of the scale is 1
   */
  public int number(LevelNumbering numbering) {
    Require.nonNull("numbering", numbering);
    return numbering == LevelNumbering.LOWEST_FIRST ? ordinal() + 1 : values().length - ordinal();
  }

  /**
   * {@return the level's letter, A to D, under {@code numbering}}
   *
   * @param numbering which end of the scale is A
   */
  public char letter(LevelNumbering numbering) {
    return LETTERS.charAt(number(numbering) - 1);
  }
}
