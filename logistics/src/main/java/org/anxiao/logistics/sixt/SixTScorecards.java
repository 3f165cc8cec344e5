package org.anxiao.logistics.sixt;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.scorecard.SectionScore;

/**
 * 六T scoring (六T实务现场管理评分) of a canteen or a dormitory on core's {@link Scorecards}: the sheet in
 * force for the site (a pack of {@link SixTSite#kind()}, whose sections are exactly the six
 * {@link SixTPillar}s), or the caller's own sheet, scored and reported per pillar.
 *
 * <p>The shipped sheets {@code sh.example.sixt-canteen} and {@code sh.example.sixt-dormitory} (310000) are
 * {@code UNVERIFIED}: the seeds ask for 六T but publish no items or weights, so their items are
 * illustrative. Under the default policy scoring them is refused ({@code RULE_UNVERIFIED}); a caller
 * scores with its own pack or sheet, or with {@link VerificationPolicy#ALLOW_UNVERIFIED}.
 *
 * <pre>{@code
 * SixTScorecards canteen = SixTScorecards.in(context, SixTSite.CANTEEN);
 * SixTScorecard card = canteen.score(subject, responses);
 * BigDecimal sweeping = card.pillar(SixTPillar.SWEEPING);
 * }</pre>
 * Immutable and thread-safe.
 */
public final class SixTScorecards implements Calculator {
  /** The calculator id, {@code anxiao.logistics.sixt}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.sixt");

  private final SixTSite site;
  private final Scorecards scorecards;

  private SixTScorecards(SixTSite site, Scorecards scorecards) {
    this.site = site;
    this.scorecards = scorecards;
  }

  /**
   * {@return the scorer of the 六T sheet in force for {@code site} in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @param site    canteen or dormitory
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no sheet is in force;
   *     {@code RULE_PACK_INVALID} when its sections are not the six pillars
   */
  public static SixTScorecards in(RuleContext context, SixTSite site) {
    Require.nonNull("context", context);
    Require.nonNull("site", site);
    return new SixTScorecards(site, Scorecards.in(context, site.kind()));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(site.kind());
  }

  /** {@return the site scored} */
  public SixTSite site() {
    return site;
  }

  /** {@return the sheet in force, with its pack, source and verification} */
  public Checklist checklist() {
    return scorecards.checklist();
  }

  /**
   * {@return the 六T scorecard of {@code responses}}
   *
   * @param subject   the canteen or dormitory inspected
   * @param responses one answer per item of the sheet
   * @throws org.anxiao.core.error.RulePackException     {@code RULE_UNVERIFIED} when the sheet is below the policy
   * @throws org.anxiao.core.error.MissingValueException on an item without a response
   */
  public SixTScorecard score(Subject subject, Collection<ItemResponse> responses) {
    Require.nonNull("subject", subject);
    return result(site, scorecards.score(subject, Bounds.list("responses", responses)));
  }

  /**
   * {@return the 六T scorecard of {@code responses} against the caller's own {@code checklist}}
   *
   * @param site      canteen or dormitory
   * @param checklist the sheet, one section per pillar
   * @param subject   the canteen or dormitory inspected
   * @param responses one answer per item
   * @param policy    the policy the sheet's pack, if any, must pass
   * @throws org.anxiao.core.error.InvalidValueException naming {@code checklist.sections} when the
   *     sections are not the six pillars
   */
  public static SixTScorecard score(SixTSite site, Checklist checklist, Subject subject,
      Collection<ItemResponse> responses, VerificationPolicy policy) {
    Require.nonNull("site", site);
    Require.nonNull("checklist", checklist);
    SixTSite.requireSixPillars("checklist.sections", checklist);
    return result(site, Scorecards.score(checklist, subject, responses, policy));
  }

  private static SixTScorecard result(SixTSite site, Scorecard card) {
    Map<SixTPillar, BigDecimal> pillars = new EnumMap<>(SixTPillar.class);
    for (SectionScore s : card.sections()) {
      pillars.put(SixTPillar.ofSection(s.sectionId()).orElseThrow(), s.score());
    }
    return new SixTScorecard(site, card, pillars);
  }

  @Override
  public String toString() {
    return ID + " " + site + " " + scorecards;
  }
}
