package org.anxiao.core.rule;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A reference to one version of one rule pack, as recorded in results so they can be reproduced.
 *
 * @param id      the pack id
 * @param version the pack version
 */
public record PackRef(String id, PackVersion version) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id      the pack id
   * @param version the pack version
   */
  public PackRef {
    Bounds.code("id", id);
    Require.nonNull("version", version);
  }

  /**
   * Shorthand: {@code PackRef.of("cn.gbt2589", "2020.1")}.
   *
   * @param id      the pack id
   * @param version the pack version
   * @return the reference
   */
  public static PackRef of(String id, String version) {
    return new PackRef(id, PackVersion.of(version));
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
