package org.anxiao.safety.chemical;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The hazard classes of laboratory reagents (试剂危险类别), bound from packs of kind
 * {@code anxiao.safety.chemical-hazard-classes}: a structure {@code classes} ({@link HazardClassTable}).
 *
 * <p>The shipped pack {@code cn.school-reagent-hazard-classes} assigns the school reagents of the
 * control lists to classes after NOAA CAMEO Chemicals' reactive groups; the assignments were not
 * checked against the CAMEO datasheets, so the pack is {@code UNVERIFIED}: under the default policy
 * {@link ChemicalStorage} skips the compatibility check and says so. Immutable and thread-safe.
 *
 * @param classes the classes by CAS number
 */
public record HazardClassRule(RuleValue<HazardClassTable> classes) {
  static final ParameterSpec<HazardClassTable> CLASSES = ParameterSpec.structure("classes", HazardClassTable.class);

  /** The rule kind {@code anxiao.safety.chemical-hazard-classes}. */
  public static final RuleKind<HazardClassRule> KIND = RuleKind.of("anxiao.safety.chemical-hazard-classes",
      List.of(CLASSES), HazardClassRule::bind);

  /**
   * Creates the record.
   *
   * @param classes the classes by CAS number
   */
  public HazardClassRule {
    Require.nonNull("classes", classes);
  }

  private static HazardClassRule bind(RuleBinding b) {
    return new HazardClassRule(b.get(CLASSES));
  }
}
