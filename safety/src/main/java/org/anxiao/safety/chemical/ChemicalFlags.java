package org.anxiao.safety.chemical;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The control-list flags of one chemical (管控类别): its 易制毒 category, whether it is 易制爆 at the
 * concentration given, and whether it is 剧毒, each with the list rows read. Becomes an
 * {@code Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: a category is present exactly when {@code precursor} is {@link Listing#LISTED}; a
 * flag is {@link Listing#NOT_CHECKED} exactly when its row is among {@code skipped} (a row below the
 * verification policy, not read). Immutable and thread-safe.
 *
 * @param subject             the chemical, by CAS number
 * @param cas                 the CAS number looked up
 * @param concentration       the mass fraction in %, when given (0 &lt; c ≤ 100)
 * @param precursor           on the 易制毒 list?
 * @param precursorCategory   the 易制毒 category, when listed
 * @param explosivePrecursor  on the 易制爆 list at this concentration?
 * @param highlyToxic         on the 剧毒 list at this concentration?
 * @param skipped             list rows that would decide a flag but are below the verification policy
 * @param rules               the rule values read, in first-use order
 * @param packs               the packs in force
 * @param findings            one finding stating the flags
 */
public record ChemicalFlags(Subject subject, CasNumber cas, Optional<BigDecimal> concentration, Listing precursor,
    Optional<PrecursorCategory> precursorCategory, Listing explosivePrecursor, Listing highlyToxic,
    List<AppliedRule> skipped, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject            the chemical
   * @param cas                the CAS number
   * @param concentration      the mass fraction in %, when given
   * @param precursor          on the 易制毒 list?
   * @param precursorCategory  the 易制毒 category, when listed
   * @param explosivePrecursor on the 易制爆 list?
   * @param highlyToxic        on the 剧毒 list?
   * @param skipped            rows skipped under the policy
   * @param rules              the rule values read
   * @param packs              the packs in force
   * @param findings           the findings
   */
  public ChemicalFlags {
    Require.nonNull("subject", subject);
    Require.nonNull("cas", cas);
    Concentrations.check(concentration);
    Require.nonNull("precursor", precursor);
    Require.nonNull("precursorCategory", precursorCategory);
    Require.that(precursorCategory.isPresent() == (precursor == Listing.LISTED), "precursorCategory",
        precursorCategory.map(PrecursorCategory::name).orElse("absent"), "is present exactly when precursor is LISTED");
    Require.nonNull("explosivePrecursor", explosivePrecursor);
    Require.nonNull("highlyToxic", highlyToxic);
    skipped = Bounds.list("skipped", skipped);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /** {@return true when any list (易制毒, 易制爆, 剧毒) has the chemical} */
  public boolean controlled() {
    return precursor == Listing.LISTED || explosivePrecursor == Listing.LISTED || highlyToxic == Listing.LISTED;
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return ChemicalRegistry.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(cas, concentration);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(CasNumber cas, Optional<BigDecimal> concentration) {}
}
