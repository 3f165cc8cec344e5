package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The chemical registry (危险化学品管控名录查询): looks a CAS number up on the three control lists —
 * 易制毒 ({@link PrecursorListRule}), 易制爆 ({@link ExplosivePrecursorListRule}) and 剧毒
 * ({@link HighlyToxicListRule}) — and returns its flags with the rows read.
 *
 * <p>Concentration: a list row carries the mass fraction a chemical must exceed to be listed. With a
 * threshold of 0 any concentration (or none given) is listed; with a positive threshold (过氧化氢,
 * 8 % under the 2017 易制爆 list) the chemical is listed only when the concentration given is
 * strictly above it — 8 % exactly is not listed — and a missing concentration is refused with
 * {@code MISSING_VALUE} naming {@code concentration}, never guessed. The 易制毒 list has no threshold.
 *
 * <p>Verification: each list table is read through the trace (its pack's verification applies); a
 * row whose own verification is below the policy (氯化汞 in the shipped 剧毒 pack, the 易制毒 rows
 * whose CAS number the specification does not give) is not read: the flag is
 * {@link Listing#NOT_CHECKED} and the row is listed in {@link ChemicalFlags#skipped()}. With
 * {@link VerificationPolicy#ALLOW_UNVERIFIED} such rows are read.
 *
 * <p>Resolve once per jurisdiction and date, then look up as often as needed. Immutable and
 * thread-safe.
 */
public final class ChemicalRegistry implements Calculator {
  /** The calculator id, {@code anxiao.safety.chemical-flags}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.chemical-flags");
  /** The flags of one chemical. */
  public static final FindingCode FLAGS = FindingCode.of("SAFETY.CHEMICAL.FLAGS");
  static final MessageCatalog MESSAGES = MessageCatalog.load(ChemicalRegistry.class, "messages");

  private final BoundRules<PrecursorListRule> precursors;
  private final BoundRules<ExplosivePrecursorListRule> explosives;
  private final BoundRules<HighlyToxicListRule> toxics;
  private final VerificationPolicy policy;

  private ChemicalRegistry(BoundRules<PrecursorListRule> precursors, BoundRules<ExplosivePrecursorListRule> explosives,
      BoundRules<HighlyToxicListRule> toxics, VerificationPolicy policy) {
    this.precursors = precursors;
    this.explosives = explosives;
    this.toxics = toxics;
    this.policy = policy;
  }

  /**
   * {@return the registry for {@code context}: binds the three lists in force for its jurisdiction and date}
   *
   * @param context the registry of packs, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when a list has no pack in force or does not bind
   */
  public static ChemicalRegistry in(RuleContext context) {
    Require.nonNull("context", context);
    return new ChemicalRegistry(context.bind(PrecursorListRule.KIND), context.bind(ExplosivePrecursorListRule.KIND),
        context.bind(HighlyToxicListRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(PrecursorListRule.KIND, ExplosivePrecursorListRule.KIND, HighlyToxicListRule.KIND);
  }

  /** {@return the verification policy the lookups apply} */
  public VerificationPolicy policy() {
    return policy;
  }

  /** {@return the packs in force for the three lists, without repeats} */
  public List<PackRef> packs() {
    LinkedHashSet<PackRef> all = new LinkedHashSet<>(precursors.packs());
    all.addAll(explosives.packs());
    all.addAll(toxics.packs());
    return List.copyOf(all);
  }

  /**
   * {@return the flags of {@code cas} at no stated concentration}
   *
   * @param cas the CAS number
   * @throws MissingValueException {@code concentration} when a list sets a threshold for this chemical
   */
  public ChemicalFlags flags(CasNumber cas) {
    return flags(cas, Optional.empty());
  }

  /**
   * {@return the flags of {@code cas} at {@code concentration}}
   *
   * @param cas           the CAS number
   * @param concentration the mass fraction in %, 0 &lt; c ≤ 100, when known
   * @throws MissingValueException {@code concentration} when a list sets a threshold for this chemical
   *     and none is given
   * @throws org.anxiao.core.error.InvalidValueException a concentration out of range
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a list's pack is below the policy
   */
  public ChemicalFlags flags(CasNumber cas, Optional<BigDecimal> concentration) {
    Require.nonNull("cas", cas);
    Concentrations.check(concentration);
    RuleTrace trace = RuleTrace.under(policy);
    List<AppliedRule> skipped = new ArrayList<>();
    Lookup l = lookup(trace, cas, concentration, skipped);
    Subject subject = Subject.of(SubjectKind.OTHER, cas.value());
    Finding finding = Finding.builder()
        .code(FLAGS)
        .severity(Severity.INFO)
        .subject(subject)
        .message(MESSAGES.format(FLAGS, cas.value(),
            l.category().map(c -> c.label().zh()).orElse(l.precursor().label().zh()),
            l.category().map(c -> c.label().en()).orElse(l.precursor().label().en()),
            l.explosive().label().zh(), l.explosive().label().en(), l.toxic().label().zh(), l.toxic().label().en()))
        .rules(trace.applied())
        .build();
    return new ChemicalFlags(subject, cas, concentration, l.precursor(), l.category(), l.explosive(), l.toxic(),
        skipped, trace.applied(), packs(), List.of(finding));
  }

  /** The three flags of one chemical, read into {@code trace}; skipped rows go to {@code skipped}. */
  Lookup lookup(RuleTrace trace, CasNumber cas, Optional<BigDecimal> concentration, List<AppliedRule> skipped) {
    RuleValue<RuleTable<String>> categories = precursors.value().categories();
    Listing precursor = listing(trace, categories, cas, false, concentration, skipped);
    Optional<PrecursorCategory> category = precursor == Listing.LISTED
        ? Optional.of(PrecursorCategory.ofNumber("categories", trace.row(categories, cas.value())))
        : Optional.empty();
    Listing explosive = listing(trace, explosives.value().listedAbove(), cas, true, concentration, skipped);
    Listing toxic = listing(trace, toxics.value().listedAbove(), cas, true, concentration, skipped);
    return new Lookup(precursor, category, explosive, toxic);
  }

  /**
   * Listed when the table has the chemical and, for a threshold table, the concentration exceeds the
   * row's threshold. For the category table a row means listed; its value is read by the caller.
   */
  private Listing listing(RuleTrace trace, RuleValue<RuleTable<String>> table, CasNumber cas, boolean thresholds,
      Optional<BigDecimal> concentration, List<AppliedRule> skipped) {
    RuleTable<String> t = trace.use(table);
    if (!t.contains(cas.value())) {
      return Listing.NOT_LISTED;
    }
    AppliedRule row = t.applied(cas.value());
    if (!policy.permits(row.verification())) {
      skipped.add(row);
      return Listing.NOT_CHECKED;
    }
    if (!thresholds) {
      return Listing.LISTED;
    }
    BigDecimal threshold = trace.row(table, cas.value());
    if (threshold.signum() == 0) {
      return Listing.LISTED;
    }
    BigDecimal c = concentration.orElseThrow(() -> new MissingValueException(Concentrations.FIELD));
    return c.compareTo(threshold) > 0 ? Listing.LISTED : Listing.NOT_LISTED;
  }

  /** One chemical's flags, before they become a result. */
  record Lookup(Listing precursor, Optional<PrecursorCategory> category, Listing explosive, Listing toxic) {
    boolean controlledForLocks() {
      return explosive == Listing.LISTED || toxic == Listing.LISTED;
    }
  }

  @Override
  public String toString() {
    return ID + " " + precursors.jurisdiction() + " " + precursors.date() + " " + packs() + " " + policy;
  }
}
