package org.anxiao.core.rule;

import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;

/**
 * The parameters of one rule kind in force for one place and date, as a {@link RuleKind}'s binder
 * sees them: each declared parameter from the narrowest pack that defines it, already type-checked.
 * Lives only while the binder runs; not thread-safe.
 */
public final class RuleBinding {
  private final RuleKind<?> kind;
  private final ResolvedRules rules;

  RuleBinding(RuleKind<?> kind, ResolvedRules rules) {
    this.kind = kind;
    this.rules = rules;
  }

  /**
   * {@return the value of {@code spec} from the narrowest pack that defines it}
   *
   * @param <V>  the bound value's type
   * @param spec the declared parameter
   * @throws RulePackException {@link RulePackException#NOT_FOUND} when no pack in force defines it
   */
  public <V> RuleValue<V> get(ParameterSpec<V> spec) {
    return find(spec).orElseThrow(() -> new RulePackException(RulePackException.NOT_FOUND,
        "parameters." + spec.name(), kind.id(), "no pack in force for " + rules.jurisdiction() + " on "
        + rules.date() + " defines it (packs: " + rules.packs() + ")"));
  }

  /**
   * {@return the value of {@code spec}, if a pack in force defines it}
   *
   * @param <V>  the bound value's type
   * @param spec the declared parameter
   */
  public <V> Optional<RuleValue<V>> find(ParameterSpec<V> spec) {
    Require.nonNull("spec", spec);
    Require.that(kind.parameter(spec.name()).filter(spec::equals).isPresent(), "spec", spec.name(),
        "is not declared by rule kind {}", kind.id());
    return rules.find(spec.name()).map(p -> new RuleValue<>(spec.bind(p.pack(), p.parameter()), p.applied()));
  }
}
