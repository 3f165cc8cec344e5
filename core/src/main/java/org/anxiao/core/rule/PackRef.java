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
  public PackRef {
    Bounds.code("id", id);
    Require.nonNull("version", version);
  }

  /** Shorthand: {@code PackRef.of("cn.gbt2589", "2020.1")}. */
  public static PackRef of(String id, String version) {
    return new PackRef(id, PackVersion.of(version));
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
