package org.anxiao.core.json;

import com.fasterxml.jackson.core.Version;

/**
 * The Jackson releases the library supports: 2.16 and newer in the 2.x line (README, "Jackson and
 * Guava"). Checked once, when the wire format is first used, so that an application whose class
 * path brings an older Jackson (an engine's or a framework's) gets a message that says so, instead
 * of a {@code NoSuchMethodError} deep inside a read: 2.15 lacks
 * {@code StreamReadConstraints.Builder.maxDocumentLength}, which the reader limits need.
 */
final class JacksonRange {
  /** The lowest supported minor version of Jackson 2. */
  static final int LOWEST_MINOR = 16;

  private JacksonRange() {}

  /** Checks the jackson-core and jackson-databind on the class path. */
  static void check() {
    require("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    require("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /**
   * Refuses a Jackson 2 release older than 2.{@value #LOWEST_MINOR}.
   *
   * @param artifact the Jackson artifact, for the message
   * @param found    its version on the class path
   * @throws IllegalStateException naming the artifact, the version found and the lowest supported
   */
  static void require(String artifact, Version found) {
    if (found.getMajorVersion() < 2 || (found.getMajorVersion() == 2 && found.getMinorVersion() < LOWEST_MINOR)) {
      throw new IllegalStateException("Anxiao needs " + artifact + " 2." + LOWEST_MINOR + " or newer (2.x); the class path has "
          + found + ". Align the application's Jackson version (its BOM) with 2." + LOWEST_MINOR + " or later.");
    }
  }
}
