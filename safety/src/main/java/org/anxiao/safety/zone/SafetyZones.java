package org.anxiao.safety.zone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The school safety-zone check (学校周边安全区域核查): which venues of a restricted category lie within the
 * radius the rule in force gives that category ({@link SafetyZoneRule}), the distance measured
 * geodesically on the WGS-84 ellipsoid from the venue to <b>any point of the campus boundary</b> (State
 * Council legal office reply, 2003, on 互联网上网服务营业场所管理条例 art. 9) — 0 for a venue inside the
 * campus — by {@link Geodesy#distanceToBoundary}. Venue and boundary may be in different coordinate
 * systems: both are converted to WGS-84 first ({@link Coordinates}).
 *
 * <p>Distances are rounded half to even to the millimetre and the rounded figure is compared: a distance of
 * at most the radius is inside the zone (exactly 200 m is inside). Error bound: GCJ-02/BD-09
 * inversion ≤ 1e-9° (≈ 0.1 mm), geodesics ≈ 15 nm, the search along an edge ≤ 1e-6 m, and a venue
 * within 1 mm of the boundary counts as on it (distance 0): at most about a millimetre in all — well
 * under 1 m at 200 m, as the specification asks.
 *
 * <p>Which radii apply follows core's pack selection (narrowest pack in force along the school's
 * jurisdiction chain): Minhang 310112 gets {@code sh.minhang.school-zone}, Lishui 331100 {@code
 * zj.lishui.school-zone}, elsewhere {@code cn.internet-cafe.school-zone}. A row whose verification the
 * context's policy refuses (Lishui's 200 m for categories other than internet cafés, UNVERIFIED: the
 * document names no radius) is not read: its venues are reported {@link VenueStatus#NOT_CHECKED} with
 * a finding, and judged once the caller allows unverified values.
 *
 * <p>Findings carry distance and radius in their messages only: core's unit table has no length unit
 * yet, so a {@code Measure} in metres cannot be attached.
 *
 * <p>Immutable and thread-safe.
 */
public final class SafetyZones implements Calculator {
  /** The calculator id, {@code anxiao.safety.zone}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.zone");
  /** A venue of a restricted category inside the zone. */
  public static final FindingCode VENUE_INSIDE = FindingCode.of("SAFETY.ZONE.VENUE_INSIDE");
  /** A venue not judged because its category's radius is below the policy's verification level. */
  public static final FindingCode RADIUS_UNVERIFIED = FindingCode.of("SAFETY.ZONE.RADIUS_UNVERIFIED");
  /** The summary: how many venues were inside, outside, not restricted and not checked. */
  public static final FindingCode SUMMARY = FindingCode.of("SAFETY.ZONE.SUMMARY");
  /** The most venues one check takes. */
  public static final int MAX_VENUES = 10_000;
  private static final MessageCatalog MESSAGES = MessageCatalog.load(SafetyZones.class, "messages");

  private final BoundRules<SafetyZoneRule> rules;
  private final VerificationPolicy policy;

  private SafetyZones(BoundRules<SafetyZoneRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the zone rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date, selection floor and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static SafetyZones in(RuleContext context) {
    Require.nonNull("context", context);
    return new SafetyZones(context.bind(SafetyZoneRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound zone rule
   * @param policy the verification policy applied to the radii
   */
  public static SafetyZones of(BoundRules<SafetyZoneRule> rules, VerificationPolicy policy) {
    return new SafetyZones(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(SafetyZoneRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<SafetyZoneRule> rules() {
    return rules;
  }

  /**
   * {@return every venue's distance from {@code boundary} and verdict under the rule in force}
   *
   * @param subject  the school
   * @param boundary its campus boundary
   * @param venues   the venues around it, at most {@value #MAX_VENUES}, any coordinate systems
   * @throws org.anxiao.core.error.InvalidValueException naming {@code venues} when there are too many
   */
  public ZoneCheck check(Subject subject, CampusBoundary boundary, List<Venue> venues) {
    Require.nonNull("subject", subject);
    Require.nonNull("boundary", boundary);
    List<Venue> list = Bounds.list("venues", venues);
    Require.that(list.size() <= MAX_VENUES, "venues", list.size(), "at most " + MAX_VENUES + " venues per check");
    RuleTrace trace = RuleTrace.under(policy);
    RuleValue<RuleTable<VenueCategory>> radii = rules.value().radii();
    List<VenueDistance> out = new ArrayList<>(list.size());
    List<Finding> findings = new ArrayList<>();
    int[] counts = new int[VenueStatus.values().length];
    for (Venue venue : list) {
      BigDecimal distance = Decimals.canonical("distance", BigDecimal.valueOf(
          Geodesy.distanceToBoundary(venue.location(), boundary)).setScale(3, RoundingMode.HALF_EVEN));
      VenueCategory category = venue.category();
      VenueDistance verdict;
      if (!radii.value().contains(category)) {
        verdict = new VenueDistance(venue, distance, Optional.empty(), VenueStatus.NOT_RESTRICTED);
      } else if (!policy.permits(radii.value().applied(category).verification())) {
        verdict = new VenueDistance(venue, distance, Optional.empty(), VenueStatus.NOT_CHECKED);
        findings.add(Finding.builder()
            .code(RADIUS_UNVERIFIED)
            .severity(Severity.INFO)
            .subject(subject)
            .message(MESSAGES.format(RADIUS_UNVERIFIED, venue.name(), category.label().zh(), category.label().en(),
                distance.toPlainString(), radii.value().applied(category).verification().name()))
            .addRules(radii.value().applied(category))
            .build());
      } else {
        BigDecimal radius = trace.row(radii, category);
        VenueStatus status = distance.compareTo(radius) <= 0 ? VenueStatus.INSIDE_ZONE : VenueStatus.OUTSIDE_ZONE;
        verdict = new VenueDistance(venue, distance, Optional.of(radius), status);
        if (status == VenueStatus.INSIDE_ZONE) {
          findings.add(Finding.builder()
              .code(VENUE_INSIDE)
              .severity(Severity.HIGH)
              .subject(subject)
              .message(MESSAGES.format(VENUE_INSIDE, venue.name(), category.label().zh(), category.label().en(),
                  distance.toPlainString(), radius.toPlainString()))
              .addRules(radii.value().applied(category))
              .build());
        }
      }
      counts[verdict.status().ordinal()]++;
      out.add(verdict);
    }
    findings.add(Finding.builder()
        .code(SUMMARY)
        .severity(counts[VenueStatus.INSIDE_ZONE.ordinal()] > 0 ? Severity.HIGH : Severity.INFO)
        .subject(subject)
        .message(MESSAGES.format(SUMMARY, String.valueOf(list.size()),
            String.valueOf(counts[VenueStatus.INSIDE_ZONE.ordinal()]),
            String.valueOf(counts[VenueStatus.OUTSIDE_ZONE.ordinal()]),
            String.valueOf(counts[VenueStatus.NOT_RESTRICTED.ordinal()]),
            String.valueOf(counts[VenueStatus.NOT_CHECKED.ordinal()])))
        .rules(trace.applied())
        .build());
    return new ZoneCheck(subject, boundary, out, trace.applied(), rules.packs(), findings);
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
