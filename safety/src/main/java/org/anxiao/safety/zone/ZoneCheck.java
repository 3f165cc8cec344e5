package org.anxiao.safety.zone;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * A school safety-zone check (学校周边安全区域核查结果): every venue with its distance from the campus
 * boundary and verdict, in the order given, the radii read, the packs in force and the findings (one
 * per venue inside the zone, one per venue not checked, and one summary). Becomes an {@code
 * Assessment} with {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject  the school
 * @param boundary the campus boundary measured from
 * @param venues   one entry per venue, in input order
 * @param rules    the radii read
 * @param packs    the packs in force, narrowest first
 * @param findings the findings
 */
public record ZoneCheck(Subject subject, CampusBoundary boundary, List<VenueDistance> venues, List<AppliedRule> rules,
    List<PackRef> packs, List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  the school
   * @param boundary the campus boundary
   * @param venues   the venues' verdicts
   * @param rules    the radii read
   * @param packs    the packs in force
   * @param findings the findings
   */
  public ZoneCheck {
    Require.nonNull("subject", subject);
    Require.nonNull("boundary", boundary);
    venues = Bounds.list("venues", venues);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /** {@return the venues inside the zone (violations), in input order} */
  @JsonIgnore
  public List<VenueDistance> violations() {
    return venues.stream().filter(v -> v.status() == VenueStatus.INSIDE_ZONE).toList();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return SafetyZones.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, boundary, venues.stream().map(VenueDistance::venue).toList());
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, CampusBoundary boundary, List<Venue> venues) {}
}
