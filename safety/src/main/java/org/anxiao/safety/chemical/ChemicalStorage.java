package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The hazardous-chemical storage check (危化品储存检查): takes a {@link StorageLayout} and reports
 * <ol>
 *   <li>room controls missing ({@code roomControls} of the {@link StorageRule} in force; the Minhang
 *       pack's 视频监控, 入侵报警装置, 防盗安全门, 防盗保险柜 — 闵行 2022 四、9);</li>
 *   <li>per cabinet holding a 剧毒 or 易制爆 chemical, each of {@code controlledCabinetControls}
 *       (双人双锁, 台账) it lacks;</li>
 *   <li>per cabinet holding a 易制毒 chemical and a different 易制爆 chemical, one finding, when
 *       {@code separatePrecursorCabinets} is set (高锰酸钾, on both lists, alone is no mix);</li>
 *   <li>per pair of different reagents in one cabinet with an incompatible pair of hazard classes
 *       ({@link CompatibilityRule}), one finding naming the first incompatible class pair;</li>
 *   <li>per reagent of {@code underOil} not kept under oil, one finding;</li>
 *   <li>per reagent the hazard-class table does not know, an INFO finding (it could not be checked);</li>
 *   <li>per rule value skipped under the verification policy, an INFO finding.</li>
 * </ol>
 * Cabinets are visited by id and reagents by CAS number then concentration, so findings and the rules
 * read do not depend on listing order. Flags come from {@link ChemicalRegistry} (a reagent whose list
 * row is skipped counts as not listed for the checks, and the row is reported skipped). When the
 * hazard-class pack is below the policy — the shipped one is {@code UNVERIFIED} — the compatibility
 * check is skipped and {@link StorageCheck#compatibilityChecked()} is false.
 *
 * <p>Resolve once per jurisdiction and date, then check as many layouts as needed. Immutable and
 * thread-safe.
 */
public final class ChemicalStorage implements Calculator {
  /** The calculator id, {@code anxiao.safety.chemical-storage}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.chemical-storage");
  /** A room control missing. */
  public static final FindingCode ROOM_CONTROL_MISSING = FindingCode.of("SAFETY.CHEMICAL.ROOM_CONTROL_MISSING");
  /** A control missing on a cabinet of 剧毒 or 易制爆 chemicals. */
  public static final FindingCode CONTROL_MISSING = FindingCode.of("SAFETY.CHEMICAL.CONTROL_MISSING");
  /** 易制毒 and 易制爆 chemicals in one cabinet. */
  public static final FindingCode PRECURSORS_MIXED = FindingCode.of("SAFETY.CHEMICAL.PRECURSORS_MIXED");
  /** Two reagents of incompatible classes in one cabinet. */
  public static final FindingCode INCOMPATIBLE = FindingCode.of("SAFETY.CHEMICAL.INCOMPATIBLE");
  /** A reagent that must be under oil is not. */
  public static final FindingCode NOT_UNDER_OIL = FindingCode.of("SAFETY.CHEMICAL.NOT_UNDER_OIL");
  /** A reagent of no known hazard class. */
  public static final FindingCode CLASSES_UNKNOWN = FindingCode.of("SAFETY.CHEMICAL.CLASSES_UNKNOWN");
  /** A rule value skipped under the verification policy. */
  public static final FindingCode CHECK_SKIPPED = FindingCode.of("SAFETY.CHEMICAL.CHECK_SKIPPED");

  private final ChemicalRegistry registry;
  private final BoundRules<HazardClassRule> classes;
  private final BoundRules<CompatibilityRule> compatibility;
  private final BoundRules<StorageRule> storage;
  private final VerificationPolicy policy;

  private ChemicalStorage(ChemicalRegistry registry, BoundRules<HazardClassRule> classes,
      BoundRules<CompatibilityRule> compatibility, BoundRules<StorageRule> storage, VerificationPolicy policy) {
    this.registry = registry;
    this.classes = classes;
    this.compatibility = compatibility;
    this.storage = storage;
    this.policy = policy;
  }

  /**
   * {@return the check for {@code context}: binds the lists, hazard classes, compatibility and storage rules}
   *
   * @param context the registry of packs, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when a rule has no pack in force or does not bind
   */
  public static ChemicalStorage in(RuleContext context) {
    Require.nonNull("context", context);
    return new ChemicalStorage(ChemicalRegistry.in(context), context.bind(HazardClassRule.KIND),
        context.bind(CompatibilityRule.KIND), context.bind(StorageRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(PrecursorListRule.KIND, ExplosivePrecursorListRule.KIND, HighlyToxicListRule.KIND,
        HazardClassRule.KIND, CompatibilityRule.KIND, StorageRule.KIND);
  }

  /** {@return the packs in force, without repeats} */
  public List<PackRef> packs() {
    LinkedHashSet<PackRef> all = new LinkedHashSet<>(registry.packs());
    all.addAll(classes.packs());
    all.addAll(compatibility.packs());
    all.addAll(storage.packs());
    return List.copyOf(all);
  }

  /**
   * {@return the findings for {@code layout}}
   *
   * @param layout the room and its cabinets
   * @throws org.anxiao.core.error.MissingValueException {@code concentration} for a reagent whose listing
   *     depends on it (过氧化氢) given without one
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a rule the check cannot
   *     do without is below the policy
   */
  public StorageCheck check(StorageLayout layout) {
    Require.nonNull("layout", layout);
    RuleTrace trace = RuleTrace.under(policy);
    Set<AppliedRule> skipped = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    Subject room = Subject.of(SubjectKind.KEY_PART, layout.room());
    StorageRule rule = storage.value();
    if (rule.roomControls().isPresent()) {
      RuleValue<Set<StorageControl>> required = rule.roomControls().get();
      for (StorageControl c : sorted(trace.use(required))) {
        if (!layout.controls().contains(c)) {
          findings.add(finding(ROOM_CONTROL_MISSING, Severity.HIGH, room, List.of(required.applied()),
              layout.room(), c.label().zh(), c.label().en()));
        }
      }
    }
    Set<StorageControl> cabinetControls = trace.use(rule.controlledCabinetControls());
    boolean separate = trace.use(rule.separatePrecursorCabinets());
    List<String> underOil = trace.use(rule.underOil());
    Optional<Compatibility> compat = compatibility(trace, skipped);
    List<Cabinet> cabinets = new ArrayList<>(layout.cabinets());
    cabinets.sort(Comparator.comparing(Cabinet::id));
    for (Cabinet cabinet : cabinets) {
      checkCabinet(trace, skipped, findings, layout.room(), cabinet, cabinetControls, separate, underOil, compat);
    }
    for (AppliedRule s : skipped) {
      findings.add(finding(CHECK_SKIPPED, Severity.INFO, room, List.of(s), s.pack() + "/" + s.parameter(),
          s.verification().name()));
    }
    return new StorageCheck(room, layout, compat.isPresent(), List.copyOf(skipped), trace.applied(), packs(),
        findings);
  }

  /** The matrix and class table in force, or empty when the class table is below the policy. */
  private Optional<Compatibility> compatibility(RuleTrace trace, Set<AppliedRule> skipped) {
    RuleValue<HazardClassTable> table = classes.value().classes();
    if (!policy.permits(table.verification())) {
      skipped.add(table.applied());
      return Optional.empty();
    }
    HazardClassTable t = trace.use(table);
    CompatibilityRule rule = compatibility.value();
    List<AppliedRule> basis = new ArrayList<>(List.of(table.applied(), rule.incompatible().applied()));
    List<CompatibilityMatrix> matrices = new ArrayList<>(List.of(trace.use(rule.incompatible())));
    if (rule.additionalIncompatible().isPresent()) {
      RuleValue<CompatibilityMatrix> more = rule.additionalIncompatible().get();
      if (policy.permits(more.verification())) {
        matrices.add(trace.use(more));
        basis.add(more.applied());
      } else {
        skipped.add(more.applied());
      }
    }
    return Optional.of(new Compatibility(t, List.copyOf(matrices), List.copyOf(basis)));
  }

  private void checkCabinet(RuleTrace trace, Set<AppliedRule> skipped, List<Finding> findings, String room,
      Cabinet cabinet, Set<StorageControl> cabinetControls, boolean separate, List<String> underOil,
      Optional<Compatibility> compat) {
    Subject subject = Subject.of(SubjectKind.OTHER, room + "/" + cabinet.id());
    List<StoredItem> items = new ArrayList<>(cabinet.items());
    items.sort(Comparator.comparing((StoredItem i) -> i.cas().value())
        .thenComparing(i -> i.concentration().orElse(BigDecimal.ZERO)));
    TreeSet<String> controlled = new TreeSet<>();
    TreeSet<String> precursors = new TreeSet<>();
    TreeSet<String> explosives = new TreeSet<>();
    TreeSet<String> notUnderOil = new TreeSet<>();
    List<AppliedRule> scratch = new ArrayList<>();
    for (StoredItem item : items) {
      scratch.clear();
      ChemicalRegistry.Lookup l = registry.lookup(trace, item.cas(), item.concentration(), scratch);
      skipped.addAll(scratch);
      String cas = item.cas().value();
      if (l.controlledForLocks()) {
        controlled.add(cas);
      }
      if (l.precursor() == Listing.LISTED) {
        precursors.add(cas);
      }
      if (l.explosive() == Listing.LISTED) {
        explosives.add(cas);
      }
      if (underOil.contains(cas) && !item.underOil()) {
        notUnderOil.add(cas);
      }
    }
    if (!controlled.isEmpty()) {
      for (StorageControl c : sorted(cabinetControls)) {
        if (!cabinet.controls().contains(c)) {
          findings.add(finding(CONTROL_MISSING, Severity.HIGH, subject,
              List.of(storage.value().controlledCabinetControls().applied()), cabinet.id(), String.join(", ", controlled),
              c.label().zh(), c.label().en()));
        }
      }
    }
    if (separate && mixed(precursors, explosives)) {
      findings.add(finding(PRECURSORS_MIXED, Severity.HIGH, subject,
          List.of(storage.value().separatePrecursorCabinets().applied()), cabinet.id(),
          String.join(", ", precursors), String.join(", ", explosives)));
    }
    compat.ifPresent(c -> incompatible(findings, subject, cabinet.id(), items, c));
    for (String cas : notUnderOil) {
      findings.add(finding(NOT_UNDER_OIL, Severity.HIGH, subject, List.of(storage.value().underOil().applied()),
          cabinet.id(), cas));
    }
  }

  /** A 易制毒 chemical and a different 易制爆 chemical share the cabinet. */
  static boolean mixed(Set<String> precursors, Set<String> explosives) {
    for (String p : precursors) {
      for (String e : explosives) {
        if (!p.equals(e)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void incompatible(List<Finding> findings, Subject subject, String cabinet, List<StoredItem> items,
      Compatibility c) {
    TreeSet<String> distinct = new TreeSet<>();
    items.forEach(i -> distinct.add(i.cas().value()));
    List<String> known = new ArrayList<>();
    for (String cas : distinct) {
      if (c.table().classes(CasNumber.of(cas)).isPresent()) {
        known.add(cas);
      } else {
        findings.add(finding(CLASSES_UNKNOWN, Severity.INFO, subject, List.of(c.basis().get(0)), cabinet, cas));
      }
    }
    for (int i = 0; i < known.size(); i++) {
      for (int j = i + 1; j < known.size(); j++) {
        Optional<IncompatiblePair> clash = c.clash(CasNumber.of(known.get(i)), CasNumber.of(known.get(j)));
        if (clash.isPresent()) {
          HazardClass a = clash.get().first();
          HazardClass b = clash.get().second();
          findings.add(finding(INCOMPATIBLE, Severity.HIGH, subject, c.basis(), cabinet, known.get(i), a.label().zh(),
              a.label().en(), known.get(j), b.label().zh(), b.label().en()));
        }
      }
    }
  }

  private static List<StorageControl> sorted(Set<StorageControl> controls) {
    return controls.stream().sorted().toList();
  }

  private static Finding finding(FindingCode code, Severity severity, Subject subject, List<AppliedRule> rules,
      Object... args) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .subject(subject)
        .message(ChemicalRegistry.MESSAGES.format(code, args))
        .rules(rules)
        .build();
  }

  /** The class table and the matrices in force, with the rule values they came from. */
  record Compatibility(HazardClassTable table, List<CompatibilityMatrix> matrices, List<AppliedRule> basis) {
    /**
     * The first incompatible class pair of {@code a} and {@code b}, classes in enum order, as (class of
     * a, class of b); empty when compatible.
     */
    Optional<IncompatiblePair> clash(CasNumber a, CasNumber b) {
      List<HazardClass> ca = table.classes(a).orElse(List.of()).stream().sorted().toList();
      List<HazardClass> cb = table.classes(b).orElse(List.of()).stream().sorted().toList();
      for (HazardClass x : ca) {
        for (HazardClass y : cb) {
          for (CompatibilityMatrix m : matrices) {
            if (m.incompatible(x, y)) {
              return Optional.of(new IncompatiblePair(x, y));
            }
          }
        }
      }
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return ID + " " + storage.jurisdiction() + " " + storage.date() + " " + packs() + " " + policy;
  }
}
