package org.anxiao.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;

/**
 * Rule kinds for tests whose packs are made up (random names and types): each kind declares, as
 * optional, every parameter its packs define, with the type and unit of its first occurrence. The
 * bound value is the list of parameter names the binding found.
 */
public final class TestKinds {
  private TestKinds() {}

  /** A registry builder with a kind for every kind id of {@code packs}, and the packs added. */
  public static RulePackRegistry.Builder builder(RulePack... packs) {
    return builder(Arrays.asList(packs));
  }

  /** As {@link #builder(RulePack...)}. */
  public static RulePackRegistry.Builder builder(Collection<RulePack> packs) {
    RulePackRegistry.Builder b = RulePackRegistry.builder();
    kinds(packs).forEach(b::kind);
    packs.forEach(b::add);
    return b;
  }

  /** One kind per kind id of {@code packs}. */
  public static List<RuleKind<?>> kinds(Collection<RulePack> packs) {
    Map<String, Map<String, ParameterSpec<?>>> byKind = new LinkedHashMap<>();
    for (RulePack p : packs) {
      Map<String, ParameterSpec<?>> specs = byKind.computeIfAbsent(p.kind(), k -> new LinkedHashMap<>());
      p.parameters().forEach((name, parameter) -> specs.computeIfAbsent(name, n -> spec(n, parameter)));
    }
    List<RuleKind<?>> kinds = new ArrayList<>();
    byKind.forEach((id, specs) -> {
      List<ParameterSpec<?>> list = List.copyOf(specs.values());
      kinds.add(RuleKind.of(id, list, b -> list.stream()
          .filter(s -> findAny(b, s)).map(ParameterSpec::name).toList()));
    });
    return kinds;
  }

  private static boolean findAny(org.anxiao.core.rule.RuleBinding b, ParameterSpec<?> s) {
    return b.find(s).isPresent();
  }

  private static ParameterSpec<?> spec(String name, Parameter p) {
    if (p instanceof Parameter.Decimal d) {
      return (d.unit().isPresent() ? ParameterSpec.decimal(name, d.unit().get()) : ParameterSpec.decimal(name)).optional();
    } else if (p instanceof Parameter.WholeNumber w) {
      return ParameterSpec.wholeNumber(name, w.unit()).optional();
    } else if (p instanceof Parameter.Flag) {
      return ParameterSpec.flag(name).optional();
    } else if (p instanceof Parameter.Text) {
      return ParameterSpec.text(name).optional();
    } else if (p instanceof Parameter.TextList) {
      return ParameterSpec.textList(name).optional();
    } else if (p instanceof Parameter.DecimalTable t) {
      return ParameterSpec.decimalTable(name, t.unit().orElse("1")).optional();
    }
    return ParameterSpec.structure(name, Object.class).optional();
  }

  /** The unit a spec built here expects, for assertions. */
  static Optional<String> unitOf(ParameterSpec<?> spec) {
    return spec.unit();
  }
}
