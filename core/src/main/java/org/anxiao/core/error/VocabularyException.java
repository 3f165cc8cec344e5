package org.anxiao.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A vocabulary (词表: unit codes, subject kinds, document types, Jackson mix-ins) that cannot be
 * assembled from its contributions: two providers, or a provider and core, give one code different
 * meanings ({@link #CLASH}), or a provider fails to load or contributes something invalid
 * ({@link #INVALID}). {@link #field()} is the vocabulary (e.g. {@code unit}), {@link #value()} the
 * code, and the message names the providers involved.
 *
 * <p>Thrown at the first lookup in the vocabulary, and again at every later one: a vocabulary that
 * failed to assemble is never used half-built.
 */
public class VocabularyException extends AnxiaoException {
  private static final long serialVersionUID = 1L;

  /** One code, two meanings: two providers, or a provider and core, define it differently. */
  public static final String CLASH = "VOCABULARY_CLASH";
  /** A provider that cannot be loaded, fails, or contributes an invalid definition. */
  public static final String INVALID = "VOCABULARY_INVALID";

  /**
   * Creates the exception.
   *
   * @param errorCode  {@link #CLASH} or {@link #INVALID}
   * @param vocabulary the vocabulary, e.g. {@code unit}
   * @param code       the code concerned, or null
   * @param rule       what is wrong, naming the providers involved
   * @param cause      the underlying exception, or null
   */
  public VocabularyException(
      String errorCode, String vocabulary, @Nullable Object code, String rule, @Nullable Throwable cause) {
    super(errorCode, vocabulary, code, rule, cause);
  }
}
