package org.anxiao.core.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;

/**
 * A typed rule kind (规则类型): the name packs give in {@code kind}, the schema of their parameters,
 * and the binder that turns the packs in force for a place and date into one Java value {@code T}
 * holding {@link RuleValue}s. Calculators declare the kinds they read and receive {@code T}; they
 * never look a parameter up by name.
 *
 * <p>A {@link RulePackRegistry} refuses, when a pack is registered or first read, a pack of an
 * unknown kind, a parameter the kind does not declare, a parameter that does not bind (see
 * {@link ParameterSpec}), and a required parameter that neither the pack nor a wider pack of the
 * kind defines on every day the pack is in force — each with the pack id and JSON pointer.
 *
 * <p>Layering survives binding: a parameter comes from the narrowest pack in force that defines it.
 * Immutable and thread-safe. A kind is one object: a registry knows one kind per id and binds only
 * with that object, so keep each kind in a constant (equality is identity).
 *
 * @param <T> the bound rule, e.g. a record of {@link RuleValue}s
 */
public final class RuleKind<T> {
  private static final String NAME = "[a-z0-9]+(?:[.-][a-z0-9]+)*";

  private final String id;
  private final Map<String, ParameterSpec<?>> parameters;
  private final Function<RuleBinding, T> binder;

  private RuleKind(String id, Map<String, ParameterSpec<?>> parameters, Function<RuleBinding, T> binder) {
    this.id = id;
    this.parameters = parameters;
    this.binder = binder;
  }

  /**
   * {@return a rule kind}
   *
   * @param <T>        the bound rule's type
   * @param id         the kind's name, a lower-case dotted name such as {@code anxiao.core.crowded-place-uses}
   * @param parameters the parameters packs of the kind may define, with their types
   * @param binder     builds the bound value from the resolved parameters
   */
  public static <T> RuleKind<T> of(String id, List<ParameterSpec<?>> parameters, Function<RuleBinding, T> binder) {
    Require.nonNull("id", id);
    Require.that(id.matches(NAME), "id", id, "must be a lower-case dotted name");
    Require.nonNull("parameters", parameters);
    Require.nonNull("binder", binder);
    Map<String, ParameterSpec<?>> byName = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterSpec<?> p = Require.nonNullElement("parameters", i, parameters.get(i));
      Require.that(byName.put(p.name(), p) == null, "parameters", p.name(), "declared twice");
    }
    return new RuleKind<>(id, java.util.Collections.unmodifiableMap(byName), binder);
  }

  /** {@return the kind's name, as packs write it in {@code kind}} */
  public String id() {
    return id;
  }

  /** {@return the declared parameters, in declaration order} */
  public List<ParameterSpec<?>> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * {@return the declared parameter {@code name}, if any}
   *
   * @param name the parameter's name
   */
  public Optional<ParameterSpec<?>> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /**
   * Checks that every parameter of {@code pack} is declared by this kind and binds.
   *
   * @throws RulePackException {@link RulePackException#INVALID} with the pack id and pointer
   */
  void check(RulePack pack) {
    if (!pack.kind().equals(id)) {
      throw new RulePackException(RulePackException.INVALID, ParameterSpec.pointer(pack, "/kind"), pack.kind(),
          "must be " + id);
    }
    pack.parameters().forEach((name, parameter) -> {
      ParameterSpec<?> spec = parameters.get(name);
      if (spec == null) {
        throw new RulePackException(RulePackException.INVALID, ParameterSpec.pointer(pack, "/parameters/" + name),
            name, "is not a parameter of rule kind " + id + " (declared: " + String.join(", ", parameters.keySet()) + ")");
      }
      spec.bind(pack, parameter);
    });
  }

  /** Binds the layers of {@code rules} (which must be of this kind). */
  T bind(ResolvedRules rules) {
    Require.that(rules.kind().equals(id), "rules.kind", rules.kind(), "must be {}", id);
    T value = binder.apply(new RuleBinding(this, rules));
    if (value == null) {
      Require.nonNull("bound " + id, value);
    }
    return value;
  }

  @Override
  public String toString() {
    return id + parameters.values();
  }
}
