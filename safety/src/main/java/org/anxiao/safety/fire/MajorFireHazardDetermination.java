package org.anxiao.safety.fire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.fire.CrowdedPlaceDetermination;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * A major-fire-hazard determination (重大火灾隐患判定结论) of one building under the edition of GB
 * 35181 in force on the determination date: the outcome and its basis — the exclusions claimed, the
 * direct elements found, each counting rule with the elements it counted and what became of it
 * (met, not met, not applicable, or skipped because its verification is below the policy: "not
 * applied, unverified") — the crowded-place determination used, the premises types, the rule values
 * read, the packs in force and bilingual findings.
 *
 * <p>Invariants: {@code EXCLUDED} exactly when an exclusion was claimed; otherwise
 * {@code MAJOR_BY_DIRECT_ELEMENT} exactly when a direct element was found; otherwise
 * {@code MAJOR_BY_COUNT} exactly when a counting rule was met; otherwise {@code NOT_MAJOR}. A
 * {@code NOT_MAJOR} that holds only because an unverified rule was skipped says so
 * ({@link #notMajorOnlyBecauseUnverifiedRulesSkipped()} and a finding). Immutable and thread-safe.
 *
 * @param hazardCase        what was asked (the input)
 * @param edition           the edition applied, e.g. {@code GB 35181-2017}
 * @param date              the determination date
 * @param outcome           the outcome
 * @param exclusions        the exclusions claimed (empty unless {@code EXCLUDED})
 * @param directElements    the direct elements found, in clause order
 * @param counts            one entry per counting rule of the edition, in its order
 * @param premises          the premises types of the building
 * @param crowdedPlace      core's crowded-place determination of the building
 * @param catalogueComplete false when the pack could not establish the edition's whole catalogue
 * @param rules             the rule values read, in first-use order (crowded-place values first)
 * @param packs             the packs in force (the edition's, then the crowded-place rule's)
 * @param findings          bilingual findings: the major hazard, an unverified rule that would have
 *                          decided, an incomplete catalogue
 */
public record MajorFireHazardDetermination(HazardCase hazardCase, String edition, LocalDate date, Outcome outcome,
    List<Exclusion> exclusions, List<HazardElement> directElements, List<RuleCount> counts,
    Set<PremisesType> premises, CrowdedPlaceDetermination crowdedPlace, boolean catalogueComplete,
    List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain and the
   * outcome against its basis.
   *
   * @param hazardCase        what was asked
   * @param edition           the edition applied
   * @param date              the determination date
   * @param outcome           the outcome
   * @param exclusions        the exclusions claimed
   * @param directElements    the direct elements found
   * @param counts            the counting rules
   * @param premises          the premises types
   * @param crowdedPlace      the crowded-place determination
   * @param catalogueComplete false when the catalogue is incomplete
   * @param rules             the rule values read
   * @param packs             the packs in force
   * @param findings          the findings
   */
  public MajorFireHazardDetermination {
    Require.nonNull("hazardCase", hazardCase);
    Bounds.line("edition", edition);
    Bounds.date("date", date);
    Require.nonNull("outcome", outcome);
    exclusions = Bounds.list("exclusions", exclusions);
    directElements = Bounds.list("directElements", directElements);
    for (int i = 0; i < directElements.size(); i++) {
      Require.thatElement(directElements.get(i).kind() == ElementKind.DIRECT, "directElements", i, ".kind",
          directElements.get(i).kind(), "must be DIRECT");
    }
    counts = Bounds.list("counts", counts);
    List<PremisesType> types = Require.nonEmpty("premises", Bounds.list("premises", Require.nonNull("premises", premises)));
    premises = Collections.unmodifiableSet(EnumSet.copyOf(types));
    Require.that(premises.contains(PremisesType.OTHER) == (premises.size() == 1 && types.contains(PremisesType.OTHER)),
        "premises", premises, "OTHER stands alone");
    Require.nonNull("crowdedPlace", crowdedPlace);
    Require.that(crowdedPlace.crowded() == premises.contains(PremisesType.CROWDED), "premises", premises,
        "CROWDED exactly when the crowded-place determination says so");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
    Require.that(outcome == expected(exclusions, directElements, counts), "outcome", outcome,
        "must follow from its basis: exclusion, then direct element, then counting rule, else NOT_MAJOR");
  }

  private static Outcome expected(List<Exclusion> exclusions, List<HazardElement> direct, List<RuleCount> counts) {
    if (!exclusions.isEmpty()) {
      return Outcome.EXCLUDED;
    }
    if (!direct.isEmpty()) {
      return Outcome.MAJOR_BY_DIRECT_ELEMENT;
    }
    return counts.stream().anyMatch(c -> c.status() == CountStatus.MET) ? Outcome.MAJOR_BY_COUNT : Outcome.NOT_MAJOR;
  }

  /** {@return true for a major fire hazard (重大火灾隐患)} */
  @JsonIgnore
  public boolean major() {
    return outcome.major();
  }

  /** {@return the counting rules that were met, in the edition's order} */
  @JsonIgnore
  public List<RuleCount> metRules() {
    return counts.stream().filter(c -> c.status() == CountStatus.MET).toList();
  }

  /** {@return the counting rules that would apply but were not applied, unverified} */
  @JsonIgnore
  public List<RuleCount> skippedRules() {
    return counts.stream().filter(c -> c.status() == CountStatus.SKIPPED_UNVERIFIED).toList();
  }

  /**
   * {@return true when the outcome is NOT_MAJOR only because a counting rule whose threshold the
   * elements reach was skipped as unverified} Under {@code VerificationPolicy.ALLOW_UNVERIFIED} the
   * same case is major.
   */
  @JsonIgnore
  public boolean notMajorOnlyBecauseUnverifiedRulesSkipped() {
    return outcome == Outcome.NOT_MAJOR && skippedRules().stream().anyMatch(RuleCount::thresholdReached);
  }

  /** {@return the first counting rule met, which decided a {@code MAJOR_BY_COUNT}} */
  @JsonIgnore
  public Optional<RuleCount> decidingRule() {
    return outcome == Outcome.MAJOR_BY_COUNT ? metRules().stream().findFirst() : Optional.empty();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return MajorFireHazards.ID;
  }

  @Override
  @JsonIgnore
  public Subject subject() {
    return Subject.of(SubjectKind.BUILDING, hazardCase.building().id());
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(hazardCase, date);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(HazardCase hazardCase, LocalDate date) {}
}
