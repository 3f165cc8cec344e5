package org.anxiao.safety.hazard;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The hazard-area taxonomy in force (隐患排查方面), bound from packs of kind
 * {@code anxiao.safety.hazard-areas}. The bundled pack {@code cn.minhang-2022.hazard-areas}
 * ({@code OFFICIAL_TEXT}) holds Minhang's ten areas with each task's 责任主体, 责任部门 and 配合部门/单位
 * (闵行区校园安全专项整治工作实施方案, 2022, §四(一)); no national taxonomy exists, so it is registered for
 * jurisdiction {@code CN} as the library's default, and a caller's pack for a narrower jurisdiction
 * replaces it there. Immutable and thread-safe.
 *
 * @param areas the taxonomy
 */
public record HazardAreaRule(RuleValue<AreaTaxonomy> areas) {
  static final ParameterSpec<AreaTaxonomy> AREAS = ParameterSpec.structure("areas", AreaTaxonomy.class);

  /** The rule kind {@code anxiao.safety.hazard-areas}. */
  public static final RuleKind<HazardAreaRule> KIND = RuleKind.of("anxiao.safety.hazard-areas", List.of(AREAS),
      b -> new HazardAreaRule(b.get(AREAS)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param areas the taxonomy
   */
  public HazardAreaRule {
    Require.nonNull("areas", areas);
  }
}
