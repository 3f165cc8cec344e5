package org.anxiao.core.text;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A text in simplified Chinese (zh-CN) and English. Both are required: every finding, title and
 * message Anxiao produces is bilingual.
 *
 * @param zh the zh-CN text, not blank
 * @param en the English text, not blank
 */
public record LocalizedText(String zh, String en) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param zh the zh-CN text, not blank
   * @param en the English text, not blank
   */
  public LocalizedText {
    Bounds.nonBlankText("zh", zh);
    Bounds.nonBlankText("en", en);
  }

  /**
   * Shorthand for {@code new LocalizedText(zh, en)}.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * {@return the text for a language tag: {@code zh*} gives Chinese, anything else English}
   *
   * @param languageTag a BCP 47 language tag, e.g. {@code zh-CN}
   */
  public String in(String languageTag) {
    Bounds.code("languageTag", languageTag);
    return languageTag.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? zh : en;
  }
}
