package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;

/**
 * One parameter of a {@link RuleKind}'s schema (参数定义): its name, the wire type it must have in a
 * pack, its unit where it has one, whether the resolved rule must define it, and how it binds to a
 * Java value — enum sets, decimals, flags, tables keyed by code, structures bound to a model type.
 *
 * <p>A pack is bound when it is registered (or, for packs listed in a class-path index, when it is
 * first read): a parameter of the wrong type, an unknown enum name, a unit other than the declared
 * one, or a structure that does not bind is refused with {@link RulePackException#INVALID}, naming
 * the pack and the JSON pointer of the offending node (e.g.
 * {@code cn.fire-law.crowded-places@2.0.0#/parameters/crowdedUses/values/1}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the bound Java value
 */
public final class ParameterSpec<V> {
  private final String name;
  private final String type;
  private final Optional<String> unit;
  private final boolean required;
  private final Binder<V> binder;
  /** The domain of a numeric parameter's values (every row of a table); unbounded when empty. */
  private final Optional<Domain> domain;

  /**
   * The values a numeric parameter may take: from {@code min} (inclusive, or exclusive when
   * {@code minExclusive}) to {@code max} (inclusive); an absent {@code max} is open. Every domain the
   * factories make has a lower end.
   */
  private record Domain(BigDecimal min, boolean minExclusive, Optional<BigDecimal> max) {
    boolean contains(BigDecimal v) {
      int fromMin = v.compareTo(min);
      return (minExclusive ? fromMin > 0 : fromMin >= 0) && max.map(m -> v.compareTo(m) <= 0).orElse(true);
    }

    String describe() {
      if (max.isPresent()) {
        return "must be between " + min.toPlainString() + (minExclusive ? " (exclusive)" : "")
            + " and " + max.get().toPlainString();
      }
      return minExclusive ? "must be greater than " + min.toPlainString() : "must be at least " + min.toPlainString();
    }
  }

  /** Binds a parameter of the right wire type; {@code at} is the parameter's pointer prefix. */
  @FunctionalInterface
  private interface Binder<V> {
    V bind(Parameter parameter, String at, RulePack pack, String name);
  }

  private ParameterSpec(String name, String type, Optional<String> unit, boolean required, Binder<V> binder) {
    this(name, type, unit, required, binder, Optional.empty());
  }

  private ParameterSpec(String name, String type, Optional<String> unit, boolean required, Binder<V> binder,
      Optional<Domain> domain) {
    this.name = name;
    this.type = type;
    this.unit = unit;
    this.required = required;
    this.binder = binder;
    this.domain = domain;
  }

  private static void checkName(String name) {
    Bounds.code("name", name);
    Require.that(name.matches("[a-z][A-Za-z0-9]*"), "name", name, "parameter names are camelCase identifiers");
  }

  /**
   * {@return a {@code text-list} of enum constant names, bound to an unmodifiable set; an unknown or repeated
   * name is refused}
   *
   * @param <E>  the enum type
   * @param name the parameter's name
   * @param type the enum class
   */
  public static <E extends Enum<E>> ParameterSpec<Set<E>> enumSet(String name, Class<E> type) {
    checkName(name);
    Require.nonNull("type", type);
    return new ParameterSpec<>(name, "text-list", Optional.empty(), true, (p, at, pack, n) -> {
      List<String> values = ((Parameter.TextList) p).values();
      EnumSet<E> set = EnumSet.noneOf(type);
      for (int i = 0; i < values.size(); i++) {
        if (!set.add(constant(type, values.get(i), at + "/values/" + i))) {
          throw new RulePackException(RulePackException.INVALID, at + "/values/" + i, values.get(i), "appears twice");
        }
      }
      return java.util.Collections.unmodifiableSet(set);
    });
  }

  /**
   * {@return a {@code text-list}, bound as given}
   *
   * @param name the parameter's name
   */
  public static ParameterSpec<List<String>> textList(String name) {
    checkName(name);
    return new ParameterSpec<>(name, "text-list", Optional.empty(), true,
        (p, at, pack, n) -> ((Parameter.TextList) p).values());
  }

  /**
   * {@return a {@code text}, e.g. a code}
   *
   * @param name the parameter's name
   */
  public static ParameterSpec<String> text(String name) {
    checkName(name);
    return new ParameterSpec<>(name, "text", Optional.empty(), true, (p, at, pack, n) -> ((Parameter.Text) p).value());
  }

  /**
   * {@return a {@code text} naming one constant of {@code type}}
   *
   * @param <E>  the enum type
   * @param name the parameter's name
   * @param type the enum class
   */
  public static <E extends Enum<E>> ParameterSpec<E> enumValue(String name, Class<E> type) {
    checkName(name);
    Require.nonNull("type", type);
    return new ParameterSpec<>(name, "text", Optional.empty(), true,
        (p, at, pack, n) -> constant(type, ((Parameter.Text) p).value(), at + "/value"));
  }

  /**
   * {@return a {@code boolean}: a switch, e.g. the reading chosen for an ambiguous clause}
   *
   * @param name the parameter's name
   */
  public static ParameterSpec<Boolean> flag(String name) {
    checkName(name);
    return new ParameterSpec<>(name, "boolean", Optional.empty(), true, (p, at, pack, n) -> ((Parameter.Flag) p).value());
  }

  /**
   * {@return a {@code decimal} that is a pure number (a ratio or score): a pack that states a unit is refused}
   *
   * @param name the parameter's name
   */
  public static ParameterSpec<BigDecimal> decimal(String name) {
    return decimal(name, Optional.empty());
  }

  /**
   * {@return a {@code decimal} whose pack must state exactly {@code unit} (as written, e.g. {@code kgce/kWh})}
   *
   * @param name the parameter's name
   * @param unit the unit the pack must state
   */
  public static ParameterSpec<BigDecimal> decimal(String name, String unit) {
    return decimal(name, Optional.of(Require.nonBlank("unit", unit)));
  }

  private static ParameterSpec<BigDecimal> decimal(String name, Optional<String> unit) {
    checkName(name);
    return new ParameterSpec<>(name, "decimal", unit, true, (p, at, pack, n) -> {
      Parameter.Decimal d = (Parameter.Decimal) p;
      checkUnit(unit, d.unit(), at);
      return d.value();
    });
  }

  /**
   * {@return an {@code integer} (e.g. a head count) with the unit the pack must state, or none (then a stated unit is refused)}
   *
   * @param name the parameter's name
   * @param unit the unit the pack must state, or empty for none
   */
  public static ParameterSpec<Long> wholeNumber(String name, Optional<String> unit) {
    checkName(name);
    Require.nonNull("unit", unit);
    return new ParameterSpec<>(name, "integer", unit, true, (p, at, pack, n) -> {
      Parameter.WholeNumber w = (Parameter.WholeNumber) p;
      checkUnit(unit, w.unit(), at);
      return w.value();
    });
  }

  /**
   * {@return a {@code decimal-table} keyed by free codes, whose pack must state exactly {@code unit}}
   *
   * @param name the parameter's name
   * @param unit the unit the pack must state
   */
  public static ParameterSpec<RuleTable<String>> decimalTable(String name, String unit) {
    checkName(name);
    Optional<String> u = Optional.of(Require.nonBlank("unit", unit));
    return new ParameterSpec<>(name, "decimal-table", u, true, (p, at, pack, n) -> {
      Parameter.DecimalTable t = (Parameter.DecimalTable) p;
      checkUnit(u, t.unit(), at);
      return new RuleTable<>(new LinkedHashMap<>(t.rows()), tableRule(pack, n, t));
    });
  }

  /**
   * {@return a {@code decimal-table} keyed by the constants of {@code keys}; an unknown key is refused}
   *
   * @param <E>  the enum type of the keys
   * @param name the parameter's name
   * @param keys the enum class of the keys
   * @param unit the unit the pack must state
   */
  public static <E extends Enum<E>> ParameterSpec<RuleTable<E>> decimalTable(String name, Class<E> keys, String unit) {
    checkName(name);
    Require.nonNull("keys", keys);
    Optional<String> u = Optional.of(Require.nonBlank("unit", unit));
    return new ParameterSpec<>(name, "decimal-table", u, true, (p, at, pack, n) -> {
      Parameter.DecimalTable t = (Parameter.DecimalTable) p;
      checkUnit(u, t.unit(), at);
      Map<E, DecimalEntry> rows = new EnumMap<>(keys);
      t.rows().forEach((k, v) -> rows.put(constant(keys, k, at + "/rows/" + k), v));
      return new RuleTable<>(rows, tableRule(pack, n, t));
    });
  }

  /**
   * {@return a {@code structure} bound to {@code type} with the strict JSON reader (unknown properties and
   * broken invariants refused), e.g. a checklist}
   *
   * @param <T>  the bound type
   * @param name the parameter's name
   * @param type the class the structure binds to
   */
  public static <T> ParameterSpec<T> structure(String name, Class<T> type) {
    checkName(name);
    Require.nonNull("type", type);
    return new ParameterSpec<>(name, "structure", Optional.empty(), true, (p, at, pack, n) -> {
      try {
        return AnxiaoJson.strict().read(((Parameter.Structure) p).json(), type);
      } catch (AnxiaoException e) {
        String inner = e.field().filter(f -> f.startsWith("/")).orElse("");
        throw new RulePackException(RulePackException.INVALID, at + "/value" + inner, e.value().orElse(null),
            "does not bind to " + type.getSimpleName() + ": " + e.rule(), e);
      }
    });
  }

  /** {@return the same parameter, but a resolved rule need not define it} */
  public ParameterSpec<V> optional() {
    return new ParameterSpec<>(name, type, unit, false, binder, domain);
  }

  /**
   * The same numeric parameter ({@code decimal}, {@code integer} or {@code decimal-table}), whose
   * values (every row of a table) must be zero or more: a pack giving {@code -1} is refused when
   * bound, naming the pointer of the value.
   *
   * @return a spec equal to this one but for its domain
   * @throws InvalidValueException for a parameter that is not numeric
   */
  public ParameterSpec<V> nonNegative() {
    return within(new Domain(BigDecimal.ZERO, false, Optional.empty()));
  }

  /**
   * The same numeric parameter, whose values must be greater than zero (a factor, a ratio that
   * divides, a head count per gate).
   *
   * @return a spec equal to this one but for its domain
   * @throws InvalidValueException for a parameter that is not numeric
   */
  public ParameterSpec<V> positive() {
    return within(new Domain(BigDecimal.ZERO, true, Optional.empty()));
  }

  /**
   * The same numeric parameter, whose values must lie between {@code min} and {@code max}
   * inclusive (e.g. a share from 0 to 1).
   *
   * @param min the least value allowed
   * @param max the greatest value allowed, not below {@code min}
   * @return a spec equal to this one but for its domain
   * @throws InvalidValueException for a parameter that is not numeric, or {@code max < min}
   */
  public ParameterSpec<V> range(BigDecimal min, BigDecimal max) {
    Bounds.decimal("min", min);
    Bounds.decimal("max", max);
    Require.that(max.compareTo(min) >= 0, "max", max.toPlainString(), "must not be below min {}", min.toPlainString());
    return within(new Domain(min, false, Optional.of(max)));
  }

  private ParameterSpec<V> within(Domain d) {
    Require.that(type.equals("decimal") || type.equals("integer") || type.equals("decimal-table"), "type", type,
        "only a decimal, integer or decimal-table parameter has a domain of values");
    return new ParameterSpec<>(name, type, unit, required, binder, Optional.of(d));
  }

  /** {@return the parameter's name in the pack} */
  public String name() {
    return name;
  }

  /** {@return the wire type it must have ({@code text-list}, {@code decimal}, …)} */
  public String type() {
    return type;
  }

  /** {@return the unit the pack must state, if any} */
  public Optional<String> unit() {
    return unit;
  }

  /** {@return true when every resolved rule must define it (in the narrowest pack or a wider one)} */
  public boolean required() {
    return required;
  }

  /**
   * Binds {@code pack}'s parameter of this name.
   *
   * @throws RulePackException {@link RulePackException#INVALID} naming the pack and pointer
   */
  V bind(RulePack pack, Parameter parameter) {
    String at = pointer(pack, "/parameters/" + name);
    if (!type.equals(typeOf(parameter))) {
      throw new RulePackException(RulePackException.INVALID, at + "/type", typeOf(parameter),
          "must be of type " + type);
    }
    domain.ifPresent(d -> checkDomain(d, parameter, at));
    return binder.bind(parameter, at, pack, name);
  }

  private static void checkDomain(Domain d, Parameter parameter, String at) {
    if (parameter instanceof Parameter.Decimal p) {
      requireIn(d, p.value(), at + "/value");
    } else if (parameter instanceof Parameter.WholeNumber p) {
      requireIn(d, BigDecimal.valueOf(p.value()), at + "/value");
    } else if (parameter instanceof Parameter.DecimalTable p) {
      p.rows().forEach((k, v) -> requireIn(d, v.value(), at + "/rows/" + k.replace("~", "~0").replace("/", "~1") + "/value"));
    }
  }

  private static void requireIn(Domain d, BigDecimal value, String at) {
    if (!d.contains(value)) {
      throw new RulePackException(RulePackException.INVALID, at, value.toPlainString(), d.describe());
    }
  }

  /** {@code id@version#pointer}, the location of a node in a pack. */
  static String pointer(RulePack pack, String pointer) {
    return pack.ref() + "#" + pointer;
  }

  /** The wire name of a parameter's type. */
  static String typeOf(Parameter p) {
    if (p instanceof Parameter.Decimal) {
      return "decimal";
    } else if (p instanceof Parameter.WholeNumber) {
      return "integer";
    } else if (p instanceof Parameter.Flag) {
      return "boolean";
    } else if (p instanceof Parameter.Text) {
      return "text";
    } else if (p instanceof Parameter.TextList) {
      return "text-list";
    } else if (p instanceof Parameter.DecimalTable) {
      return "decimal-table";
    }
    return "structure";
  }

  private static AppliedRule tableRule(RulePack pack, String name, Parameter.DecimalTable t) {
    return new ResolvedParameter(pack, name, t).applied();
  }

  private static void checkUnit(Optional<String> expected, Optional<String> actual, String at) {
    if (!expected.equals(actual)) {
      throw new RulePackException(RulePackException.INVALID, at + "/unit", actual.orElse(null),
          expected.map(u -> "must be " + u).orElse("must be absent: the parameter is a pure number"));
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String at) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw new RulePackException(RulePackException.INVALID, at, value, "must be one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
        + " (" + type.getSimpleName() + ")");
  }

  @Override
  public String toString() {
    return name + ": " + type + unit.map(u -> " [" + u + "]").orElse("") + domain.map(d -> " (" + d.describe() + ")").orElse("")
        + (required ? "" : " (optional)");
  }
}
