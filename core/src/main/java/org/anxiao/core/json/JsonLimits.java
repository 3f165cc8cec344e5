package org.anxiao.core.json;

import org.anxiao.core.internal.Require;

/**
 * Limits applied while reading JSON, so that hostile documents fail fast in bounded time and memory.
 *
 * @param maxDocumentBytes  whole-document length in bytes (default 256 MiB — a district dataset of
 *                          500 schools, 100 k hazards and 1 M readings fits)
 * @param maxNestingDepth   object/array nesting (default 64; Anxiao documents need under 12)
 * @param maxNumberLength   digits of a number (default 64)
 * @param maxStringLength   characters of a string value (default 1 MiB)
 * @param maxNameLength     characters of a property name (default 256)
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxNumberLength,
    int maxStringLength, int maxNameLength) {

  /** The defaults listed above. */
  public static final JsonLimits DEFAULT = new JsonLimits(256L << 20, 64, 64, 1 << 20, 256);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param maxDocumentBytes  whole-document length in bytes (default 256 MiB — a district dataset of
   *     500 schools, 100 k hazards and 1 M readings fits)
   * @param maxNestingDepth   object/array nesting (default 64; Anxiao documents need under 12)
   * @param maxNumberLength   digits of a number (default 64)
   * @param maxStringLength   characters of a string value (default 1 MiB)
   * @param maxNameLength     characters of a property name (default 256)
   */
  public JsonLimits {
    Require.that(maxDocumentBytes > 0, "maxDocumentBytes", maxDocumentBytes, "must be positive");
    Require.that(maxNestingDepth > 0, "maxNestingDepth", maxNestingDepth, "must be positive");
    Require.that(maxNumberLength > 0, "maxNumberLength", maxNumberLength, "must be positive");
    Require.that(maxStringLength > 0, "maxStringLength", maxStringLength, "must be positive");
    Require.that(maxNameLength > 0, "maxNameLength", maxNameLength, "must be positive");
  }
}
