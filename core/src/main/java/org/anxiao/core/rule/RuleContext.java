package org.anxiao.core.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.school.School;

/**
 * Where and when a calculation runs, and under which terms (计算情境): a registry, a jurisdiction, a
 * date, optional version pins and verification floor for pack selection, and the
 * {@link VerificationPolicy} that decides which figures may drive a result.
 *
 * <p>Every calculator is resolved from a context ({@code CrowdedPlaces.in(RuleContext.forSchool(school,
 * date))}) and so selects packs and applies the policy the same way. The default policy is
 * {@link VerificationPolicy#DEFAULT}: unverified figures never drive a result unless the caller says
 * so with {@link #withPolicy}. Immutable and thread-safe.
 */
public final class RuleContext {
  private final RulePackRegistry registry;
  private final JurisdictionCode jurisdiction;
  private final LocalDate date;
  private final Map<String, PackVersion> pins;
  private final Optional<Verification> minimumVerification;
  private final VerificationPolicy policy;

  private RuleContext(RulePackRegistry registry, JurisdictionCode jurisdiction, LocalDate date,
      Map<String, PackVersion> pins, Optional<Verification> minimumVerification, VerificationPolicy policy) {
    this.registry = registry;
    this.jurisdiction = jurisdiction;
    this.date = date;
    this.pins = Map.copyOf(pins);
    this.minimumVerification = minimumVerification;
    this.policy = policy;
  }

  /**
   * {@return a context over {@code registry} for {@code jurisdiction} on {@code date}, under the default policy}
   *
   * @param registry     the packs to choose from
   * @param jurisdiction where the rules must apply
   * @param date         the day they must be in force
   */
  public static RuleContext of(RulePackRegistry registry, JurisdictionCode jurisdiction, LocalDate date) {
    return new RuleContext(Require.nonNull("registry", registry), Require.nonNull("jurisdiction", jurisdiction),
        Bounds.date("date", date), Map.of(), Optional.empty(), VerificationPolicy.DEFAULT);
  }

  /**
   * {@return a context over the {@linkplain RulePackRegistry#standard() standard registry}}
   *
   * @param jurisdiction where the rules must apply
   * @param date         the day they must be in force
   */
  public static RuleContext standard(JurisdictionCode jurisdiction, LocalDate date) {
    return of(RulePackRegistry.standard(), jurisdiction, date);
  }

  /**
   * {@return a context for {@code school}'s jurisdiction on {@code date}, over the standard registry}
   *
   * @param school the school, whose jurisdiction is used
   * @param date   the day the rules must be in force
   */
  public static RuleContext forSchool(School school, LocalDate date) {
    return standard(Require.nonNull("school", school).jurisdiction(), date);
  }

  /**
   * {@return the same context for another jurisdiction: the same registry, date, pins, verification
   * floor and policy} — e.g. each school's district under a province's context.
   *
   * @param jurisdiction where the rules must apply
   */
  public RuleContext withJurisdiction(JurisdictionCode jurisdiction) {
    return new RuleContext(registry, Require.nonNull("jurisdiction", jurisdiction), date, pins, minimumVerification,
        policy);
  }

  /**
   * {@return the same context under {@code policy}}
   *
   * @param policy the verification policy
   */
  public RuleContext withPolicy(VerificationPolicy policy) {
    return new RuleContext(registry, jurisdiction, date, pins, minimumVerification, Require.nonNull("policy", policy));
  }

  /**
   * {@return the same context using version {@code pack} of its id, whatever its dates (to reproduce a result)}
   *
   * @param pack the pack id and version to use
   */
  public RuleContext pin(PackRef pack) {
    Require.nonNull("pack", pack);
    Map<String, PackVersion> p = new HashMap<>(pins);
    p.put(pack.id(), pack.version());
    return new RuleContext(registry, jurisdiction, date, p, minimumVerification, policy);
  }

  /**
   * {@return the same context refusing, at selection, packs whose own level is below {@code level}}
   *
   * @param level the lowest verification level accepted
   */
  public RuleContext atLeast(Verification level) {
    return new RuleContext(registry, jurisdiction, date, pins, Optional.of(Require.nonNull("level", level)), policy);
  }

  /**
   * {@return the rule of {@code kind} in force, bound}
   *
   * @param <T>  the bound rule's type
   * @param kind the rule kind
   * @throws org.anxiao.core.error.RulePackException when no pack is in force, or packs conflict
   */
  public <T> BoundRules<T> bind(RuleKind<T> kind) {
    return registry.bind(kind, query(kind));
  }

  /**
   * {@return the rule of {@code kind} in force, bound, or empty when no pack of the kind is in force}
   * For a calculator that can do without a rule (targets only a caller's pack sets, a topic a place has no
   * code for); any other refusal — packs that conflict or do not bind — is still thrown.
   *
   * @param <T>  the bound rule's type
   * @param kind the rule kind
   * @throws org.anxiao.core.error.RulePackException when packs in force conflict or do not bind
   */
  public <T> Optional<BoundRules<T>> find(RuleKind<T> kind) {
    try {
      return Optional.of(bind(kind));
    } catch (RulePackException e) {
      if (RulePackException.NOT_FOUND.equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * {@return the registry question this context asks for {@code kind}}
   *
   * @param kind the rule kind
   */
  public RuleQuery query(RuleKind<?> kind) {
    Require.nonNull("kind", kind);
    return new RuleQuery(kind.id(), jurisdiction, date, pins, minimumVerification);
  }

  /** {@return the registry} */
  public RulePackRegistry registry() {
    return registry;
  }

  /** {@return the jurisdiction} */
  public JurisdictionCode jurisdiction() {
    return jurisdiction;
  }

  /** {@return the date} */
  public LocalDate date() {
    return date;
  }

  /** {@return the policy applied to the figures a calculation reads} */
  public VerificationPolicy policy() {
    return policy;
  }

  @Override
  public String toString() {
    return "RuleContext{" + jurisdiction + " " + date + ", " + policy
        + (pins.isEmpty() ? "" : ", pins " + pins) + minimumVerification.map(v -> ", at least " + v).orElse("") + "}";
  }
}
