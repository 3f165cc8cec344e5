package org.anxiao.core.fire;

import java.util.List;
import java.util.Set;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The crowded-place rule (人员密集场所认定规则) bound from the packs of kind
 * {@code anxiao.core.crowded-place-uses}: which building uses count as crowded places.
 *
 * <p>The bundled national pack {@code cn.fire-law.crowded-places} reads 消防法 art. 73 (unchanged in
 * substance since the 2008 revision in force 2009-05-01): item (4) names schools' teaching
 * buildings, libraries, canteens and collective dormitories, nurseries and kindergartens
 * ({@link #crowdedUses()}); item (3)'s public assembly places (体育场馆、会堂) may or may not cover a
 * school gymnasium or auditorium — the safer reading counts them ({@link #includePublicAssemblyUses()},
 * default true). Laboratories are not named by art. 73; Zhejiang's school fire-safety rules count
 * them (丽教办安〔2024〕10号 §二(二)), so the reading is a switch ({@link #includeLaboratories()}):
 * false in the national pack, true in the bundled Zhejiang (330000) pack. Immutable and thread-safe.
 *
 * @param crowdedUses               uses named as crowded places (art. 73 item (4))
 * @param publicAssemblyUses        uses that are public assembly places under the wider reading (item (3))
 * @param includePublicAssemblyUses whether {@code publicAssemblyUses} count
 * @param laboratoryUses            laboratory uses
 * @param includeLaboratories       whether {@code laboratoryUses} count
 */
public record CrowdedPlaceRule(RuleValue<Set<BuildingUse>> crowdedUses,
    RuleValue<Set<BuildingUse>> publicAssemblyUses, RuleValue<Boolean> includePublicAssemblyUses,
    RuleValue<Set<BuildingUse>> laboratoryUses, RuleValue<Boolean> includeLaboratories) {

  static final ParameterSpec<Set<BuildingUse>> CROWDED_USES = ParameterSpec.enumSet("crowdedUses", BuildingUse.class);
  static final ParameterSpec<Set<BuildingUse>> PUBLIC_ASSEMBLY_USES =
      ParameterSpec.enumSet("publicAssemblyUses", BuildingUse.class);
  static final ParameterSpec<Boolean> INCLUDE_PUBLIC_ASSEMBLY = ParameterSpec.flag("includePublicAssemblyUses");
  static final ParameterSpec<Set<BuildingUse>> LABORATORY_USES = ParameterSpec.enumSet("laboratoryUses", BuildingUse.class);
  static final ParameterSpec<Boolean> INCLUDE_LABORATORIES = ParameterSpec.flag("includeLaboratories");

  /** The rule kind {@code anxiao.core.crowded-place-uses}. */
  public static final RuleKind<CrowdedPlaceRule> KIND = RuleKind.of("anxiao.core.crowded-place-uses",
      List.of(CROWDED_USES, PUBLIC_ASSEMBLY_USES, INCLUDE_PUBLIC_ASSEMBLY, LABORATORY_USES, INCLUDE_LABORATORIES),
      b -> new CrowdedPlaceRule(b.get(CROWDED_USES), b.get(PUBLIC_ASSEMBLY_USES), b.get(INCLUDE_PUBLIC_ASSEMBLY),
          b.get(LABORATORY_USES), b.get(INCLUDE_LABORATORIES)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param crowdedUses               uses named as crowded places (art. 73 item (4))
   * @param publicAssemblyUses        uses that are public assembly places under the wider reading (item (3))
   * @param includePublicAssemblyUses whether {@code publicAssemblyUses} count
   * @param laboratoryUses            laboratory uses
   * @param includeLaboratories       whether {@code laboratoryUses} count
   */
  public CrowdedPlaceRule {
    Require.nonNull("crowdedUses", crowdedUses);
    Require.nonNull("publicAssemblyUses", publicAssemblyUses);
    Require.nonNull("includePublicAssemblyUses", includePublicAssemblyUses);
    Require.nonNull("laboratoryUses", laboratoryUses);
    Require.nonNull("includeLaboratories", includeLaboratories);
  }
}
