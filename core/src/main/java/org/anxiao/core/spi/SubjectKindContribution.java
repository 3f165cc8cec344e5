package org.anxiao.core.spi;

import java.util.regex.Pattern;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A subject kind (检查对象类型) an {@link AnxiaoVocabulary} adds to
 * {@link org.anxiao.core.finding.SubjectKind}: a meter (计量表), a hazard (隐患), an account….
 * Once contributed, {@code SubjectKind.of(code)} returns it and JSON binds it from its code.
 *
 * @param code  the wire code: upper-case letters, digits and underscores, starting with a letter, at
 *              most 64 characters, e.g. {@code METER}
 * @param label the kind's name in Chinese and English
 */
public record SubjectKindContribution(String code, LocalizedText label) {
  /** The form of a subject-kind code, also in {@code common.schema.json#/$defs/subjectKind}. */
  public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";
  private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code  the wire code: upper-case letters, digits and underscores, starting with a letter, at
   *     most 64 characters, e.g. {@code METER}
   * @param label the kind's name in Chinese and English
   */
  public SubjectKindContribution {
    Require.nonNull("code", code);
    Require.that(CODE.matcher(code).matches(), "code", code,
        "a subject-kind code is upper-case letters, digits and _, starting with a letter, at most 64 characters");
    Require.nonNull("label", label);
  }

  /**
   * Shorthand for the constructor.
   *
   * @param code  the wire code
   * @param label the bilingual label
   * @return the contribution
   */
  public static SubjectKindContribution of(String code, LocalizedText label) {
    return new SubjectKindContribution(code, label);
  }
}
