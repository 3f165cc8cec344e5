package org.anxiao.core.rule;

import java.util.List;

/** The rule kinds contributed by the modules on the class or module path. */
final class KindDiscovery {
  private KindDiscovery() {}

  // TODO(spi): replace with the vocabulary service once it lands.
  static List<RuleKind<?>> discovered(ClassLoader loader) {
    return List.of(org.anxiao.core.fire.CrowdedPlaceRule.KIND);
  }
}
