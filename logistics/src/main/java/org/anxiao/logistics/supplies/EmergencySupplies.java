package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;

/**
 * Checks a school's flood and typhoon supplies (防汛防台物资核对) against the quota in force
 * ({@link SupplyQuotaRule}, 沪教委后〔2024〕10号 §四5). This class holds no quantity of its own.
 *
 * <p>For each item of the quota, in the quota's order:
 * <ol>
 *   <li>required = {@code base + Σ quantity × ⌈b ÷ per⌉} over the item's terms, b the school's value of
 *       the term's basis ({@link SchoolSize#basis}); each term rounded up on its own, exact;</li>
 *   <li>each stock line of the item has an expiry: its own, else purchase date + the item's shelf life
 *       in months, else none; a line is <em>expired</em> when its expiry is before the assessment date
 *       {@code on} (usable through its expiry day), otherwise <em>usable</em>; a usable line is
 *       <em>expiring</em> when its expiry is at most {@code expiringWithinDays} (N) days after {@code on}
 *       ({@code expiry ≤ on + N}: exactly N days ahead is expiring, N + 1 is not);</li>
 *   <li>shortfall = {@code max(0, required − usable)}.</li>
 * </ol>
 * Values read, in order: {@code items}, then {@code expiringWithinDays}, both through
 * {@link RuleTrace#use} under the context's {@link VerificationPolicy}: a quota from an
 * {@code UNVERIFIED} pack (like the fictional test pack) is refused with {@code RULE_UNVERIFIED} unless
 * the context allows it. Findings, per item: {@link #SHORTFALL} (HIGH), {@link #EXPIRED} (LOW),
 * {@link #EXPIRING} (INFO); or a single {@link #ADEQUATE} (INFO); each cites the rule values it rests on.
 *
 * <p>Stock lines are checked when assessed: an item the quota does not list is {@code UNKNOWN_CODE}
 * naming {@code lines[i].item}; a unit other than the item's is {@code UNIT_MISMATCH} naming
 * {@code lines[i].quantity}; a purchase after {@code on} is {@code INVALID_VALUE} naming
 * {@code lines[i].purchased}.
 *
 * <p>No quota pack ships (the quantities of 《上海市学校防汛防台物资定额》 are not public): {@link #in} fails
 * with {@code RULE_NOT_FOUND} naming the kind unless the caller's registry holds a pack for the
 * jurisdiction. Resolve once per jurisdiction and date, then assess as often as needed. Immutable and
 * thread-safe.
 */
public final class EmergencySupplies implements Calculator {
  /** The calculator id, {@code anxiao.logistics.emergency-supplies}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.emergency-supplies");
  /** An item whose usable stock is below the quota. */
  public static final FindingCode SHORTFALL = FindingCode.of("LOGISTICS.SUPPLIES.SHORTFALL");
  /** An item with an expired quantity in stock. */
  public static final FindingCode EXPIRED = FindingCode.of("LOGISTICS.SUPPLIES.EXPIRED");
  /** An item with usable stock expiring within the window. */
  public static final FindingCode EXPIRING = FindingCode.of("LOGISTICS.SUPPLIES.EXPIRING");
  /** Every item meets its quota, none expired or expiring. */
  public static final FindingCode ADEQUATE = FindingCode.of("LOGISTICS.SUPPLIES.ADEQUATE");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(EmergencySupplies.class, "messages");

  private final BoundRules<SupplyQuotaRule> rules;
  private final VerificationPolicy policy;

  private EmergencySupplies(BoundRules<SupplyQuotaRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the quota in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} naming the kind when no quota pack
   *     is in force (the library ships none)
   */
  public static EmergencySupplies in(RuleContext context) {
    Require.nonNull("context", context);
    return new EmergencySupplies(context.bind(SupplyQuotaRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(SupplyQuotaRule.KIND);
  }

  /** {@return the bound quota this calculator applies} */
  public BoundRules<SupplyQuotaRule> rules() {
    return rules;
  }

  /**
   * {@return the assessment of {@code stock} for a school of {@code size} on {@code on}}
   *
   * @param size  the school's size
   * @param stock the school's stock; its {@code schoolId} is the subject
   * @param on    the assessment date
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value read is below the policy
   * @throws UnknownCodeException  for a line naming an item the quota does not list
   * @throws UnitMismatchException for a line in a unit other than its item's
   * @throws InvalidValueException for a line purchased after {@code on}
   */
  public SupplyResult assess(SchoolSize size, SupplyStock stock, LocalDate on) {
    Require.nonNull("size", size);
    Require.nonNull("stock", stock);
    Bounds.date("on", on);
    RuleTrace trace = RuleTrace.under(policy);
    SupplyQuotaRule rule = rules.value();
    SupplyQuota quota = trace.use(rule.items());
    AppliedRule itemsRule = rule.items().applied();
    long window = trace.use(rule.expiringWithinDays());
    AppliedRule windowRule = rule.expiringWithinDays().applied();
    List<StockLine> stockLines = stock.lines();
    for (int i = 0; i < stockLines.size(); i++) {
      StockLine line = stockLines.get(i);
      Optional<QuotaItem> item = quota.item(line.item());
      if (item.isEmpty()) {
        throw new UnknownCodeException("lines[" + i + "].item", line.item(), "the items of " + itemsRule.pack());
      }
      if (!line.quantity().unit().equals(item.get().unit())) {
        throw new UnitMismatchException("lines[" + i + "].quantity", line.quantity().unit(),
            "the unit of item " + item.get().code() + ", " + item.get().unit());
      }
      if (line.purchased().isAfter(on)) {
        throw new InvalidValueException("lines[" + i + "].purchased", line.purchased(),
            "must not be after the assessment date " + on);
      }
    }
    LocalDate horizon = on.plusDays(window);
    List<SupplyLine> lines = new ArrayList<>();
    for (QuotaItem item : quota.items()) {
      lines.add(line(item, size, stockLines, on, horizon));
    }
    Subject subject = Subject.of(SubjectKind.SCHOOL, stock.schoolId());
    List<Finding> findings = findings(subject, lines, on, window, itemsRule, windowRule);
    return new SupplyResult(subject, size, stock, on, window, lines, trace.applied(), rules.packs(), findings);
  }

  /** One item's line: required from its formula, usable, expired and expiring from its stock lines (see the class). */
  static SupplyLine line(QuotaItem item, SchoolSize size, List<StockLine> stock, LocalDate on,
      LocalDate horizon) {
    List<TermAmount> terms = new ArrayList<>();
    BigDecimal required = item.base();
    for (QuotaTerm t : item.terms()) {
      TermAmount a = TermAmount.of(t, size.basis(t.basis()));
      terms.add(a);
      required = required.add(a.amount());
    }
    BigDecimal usable = BigDecimal.ZERO;
    BigDecimal expired = BigDecimal.ZERO;
    BigDecimal expiring = BigDecimal.ZERO;
    Optional<LocalDate> next = Optional.empty();
    for (StockLine l : stock) {
      if (!l.item().equals(item.code())) {
        continue;
      }
      BigDecimal q = l.quantity().value();
      Optional<LocalDate> expiry = l.expiry().or(() -> item.shelfLifeMonths().map(m -> l.purchased().plusMonths(m)));
      if (expiry.isPresent() && expiry.get().isBefore(on)) {
        expired = expired.add(q);
        continue;
      }
      usable = usable.add(q);
      if (expiry.isPresent()) {
        LocalDate e = expiry.get();
        if (!e.isAfter(horizon)) {
          expiring = expiring.add(q);
        }
        if (next.isEmpty() || e.isBefore(next.get())) {
          next = Optional.of(e);
        }
      }
    }
    BigDecimal shortfall = required.subtract(usable).max(BigDecimal.ZERO);
    return new SupplyLine(item.code(), item.name(), item.unit(), item.base(), terms, required, usable, expired,
        expiring, next, shortfall);
  }

  private static List<Finding> findings(Subject subject, List<SupplyLine> lines, LocalDate on, long window,
      AppliedRule itemsRule, AppliedRule windowRule) {
    List<Finding> findings = new ArrayList<>();
    for (SupplyLine l : lines) {
      String unit = l.unit().equals(QuotaItem.COUNT) ? "" : " " + l.unit();
      if (l.isShort()) {
        findings.add(Finding.builder().code(SHORTFALL).severity(Severity.HIGH).subject(subject)
            .measured(new Measure(l.usable(), l.unit())).required(new Measure(l.required(), l.unit()))
            .comparison(Comparison.AT_LEAST)
            .message(MESSAGES.format(SHORTFALL, l.name().zh(), l.name().en(), plain(l.required()), plain(l.usable()),
                plain(l.shortfall()), unit))
            .rules(List.of(itemsRule)).build());
      }
      if (l.expired().signum() > 0) {
        findings.add(Finding.builder().code(EXPIRED).severity(Severity.LOW).subject(subject)
            .measured(new Measure(l.expired(), l.unit()))
            .message(MESSAGES.format(EXPIRED, l.name().zh(), l.name().en(), plain(l.expired()), unit, on.toString()))
            .rules(List.of(itemsRule)).build());
      }
      if (l.expiring().signum() > 0) {
        findings.add(Finding.builder().code(EXPIRING).severity(Severity.INFO).subject(subject)
            .measured(new Measure(l.expiring(), l.unit()))
            .message(MESSAGES.format(EXPIRING, l.name().zh(), l.name().en(), plain(l.expiring()), unit,
                Long.toString(window), l.nextExpiry().map(LocalDate::toString).orElse("")))
            .rules(List.of(itemsRule, windowRule)).build());
      }
    }
    if (findings.isEmpty()) {
      findings.add(Finding.builder().code(ADEQUATE).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(ADEQUATE, Integer.toString(lines.size()), Long.toString(window)))
          .rules(List.of(itemsRule, windowRule)).build());
    }
    return List.copyOf(findings);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
