package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Rule kinds: each parameter type binds, or is refused with the pack and pointer; bound values read through a trace. */
class RuleKindTest {
  enum Carrier { ELECTRICITY, NATURAL_GAS }

  enum Post { MAIN_GATE, SIDE_GATE }

  record Factors(RuleValue<BigDecimal> ratio, RuleValue<Long> guards, RuleValue<RuleTable<Carrier>> coal,
      RuleValue<Post> post, Optional<RuleValue<String>> remark) {}

  static final ParameterSpec<BigDecimal> RATIO = ParameterSpec.decimal("ratio", "人/门");
  static final ParameterSpec<Long> GUARDS = ParameterSpec.wholeNumber("guards", Optional.of("人"));
  static final ParameterSpec<RuleTable<Carrier>> COAL = ParameterSpec.decimalTable("coal", Carrier.class, "kgce/unit");
  static final ParameterSpec<Post> POST = ParameterSpec.enumValue("post", Post.class);
  static final ParameterSpec<String> REMARK = ParameterSpec.text("remark").optional();
  static final RuleKind<Factors> KIND = RuleKind.of("anxiao.test.factors", List.of(RATIO, GUARDS, COAL, POST, REMARK),
      b -> new Factors(b.get(RATIO), b.get(GUARDS), b.get(COAL), b.get(POST), b.find(REMARK)));

  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");

  static RulePack.Builder base(String id, String jurisdiction, String from, String to) {
    return RulePack.builder().id(id).version(PackVersion.of("1.0")).kind(KIND.id())
        .title(LocalizedText.of("测试", "test")).jurisdiction(JurisdictionCode.of(jurisdiction))
        .validFrom(LocalDate.parse(from)).validTo(Optional.ofNullable(to).map(LocalDate::parse))
        .source(Citation.of("某机关", "某文件", 2024)).verification(Verification.SECONDARY);
  }

  static Map<String, Parameter> full() {
    return Map.of(
        "ratio", new Parameter.Decimal(new BigDecimal("1.5"), Optional.of("人/门"), Optional.of("第三条"), Optional.empty(), Optional.empty()),
        "guards", new Parameter.WholeNumber(2, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()),
        "coal", new Parameter.DecimalTable(Map.of(
            "ELECTRICITY", DecimalEntry.of("0.1229"),
            "NATURAL_GAS", new DecimalEntry(new BigDecimal("1.2143"), Optional.of("附录A"), Optional.of(Verification.UNVERIFIED))),
            Optional.of("kgce/unit"), Optional.of("附录A"), Optional.empty(), Optional.empty()),
        "post", new Parameter.Text("MAIN_GATE", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static RulePackException refused(Map<String, Parameter> parameters) {
    RulePack pack = base("cn.factors", "CN", "2020-01-01", null).parameters(parameters).build();
    return assertThrows(RulePackException.class, () -> RulePackRegistry.builder().kind(KIND).add(pack).build());
  }

  private static Map<String, Parameter> with(String name, Parameter p) {
    Map<String, Parameter> m = new java.util.HashMap<>(full());
    m.put(name, p);
    return m;
  }

  @Test
  void everyTypeBinds() {
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND)
        .add(base("cn.factors", "CN", "2020-01-01", null).parameters(full()).build()).build();
    BoundRules<Factors> bound = registry.bind(KIND, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1)));
    Factors f = bound.value();
    RuleTrace trace = RuleTrace.under(VerificationPolicy.DEFAULT);
    assertEquals(new BigDecimal("1.5"), trace.use(f.ratio()));
    assertEquals(2L, trace.use(f.guards()));
    assertEquals(Post.MAIN_GATE, trace.use(f.post()));
    assertEquals(new BigDecimal("0.1229"), trace.row(f.coal(), Carrier.ELECTRICITY));
    assertEquals(Optional.empty(), f.remark());
    assertEquals(List.of("ratio", "guards", "post", "coal[ELECTRICITY]"),
        trace.applied().stream().map(AppliedRule::parameter).toList());
    assertEquals(Optional.of("第三条"), trace.applied().get(0).citation().clause());
    assertEquals(Optional.of("附录A"), trace.applied().get(3).citation().clause());

    RulePackException unverifiedRow = assertThrows(RulePackException.class, () -> trace.row(f.coal(), Carrier.NATURAL_GAS));
    assertEquals(RulePackException.UNVERIFIED, unverifiedRow.errorCode());
    assertEquals(new BigDecimal("1.2143"),
        RuleTrace.under(VerificationPolicy.ALLOW_UNVERIFIED).row(f.coal(), Carrier.NATURAL_GAS));
    assertEquals(List.of(PackRef.of("cn.factors", "1.0")), bound.packs());
    assertSame(f, registry.bind(KIND, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2025, 1, 1))).value(),
        "bound once per set of packs");
  }

  @Test
  void eachWrongValueIsRefusedWithItsPointer() {
    assertEquals(Optional.of("cn.factors@1.0#/parameters/ratio/unit"), refused(with("ratio",
        new Parameter.Decimal(BigDecimal.ONE, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()))).field());
    assertEquals(Optional.of("cn.factors@1.0#/parameters/guards/type"), refused(with("guards",
        new Parameter.Decimal(BigDecimal.ONE, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()))).field());
    assertEquals(Optional.of("cn.factors@1.0#/parameters/coal/rows/COAL"), refused(with("coal",
        new Parameter.DecimalTable(Map.of("COAL", DecimalEntry.of("0.7143")), Optional.of("kgce/unit"), Optional.empty(),
            Optional.empty(), Optional.empty()))).field());
    assertEquals(Optional.of("cn.factors@1.0#/parameters/post/value"), refused(with("post",
        new Parameter.Text("BACK_GATE", Optional.empty(), Optional.empty(), Optional.empty()))).field());
    assertEquals(Optional.of("cn.factors@1.0#/parameters/extra"), refused(with("extra",
        new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty()))).field());
    Map<String, Parameter> missing = new java.util.HashMap<>(full());
    missing.remove("guards");
    assertEquals(Optional.of("cn.factors@1.0#/parameters/guards"), refused(missing).field());
    Map<String, Parameter> optionalMissing = new java.util.HashMap<>(full());
    optionalMissing.remove("remark");
    RulePackRegistry.builder().kind(KIND).add(base("cn.factors", "CN", "2020-01-01", null).parameters(optionalMissing).build()).build();
  }

  @Test
  void aPartialPackNeedsWiderPacksOnEveryDay() {
    RulePack first = base("cn.factors", "CN", "2020-01-01", "2021-12-31").parameters(full()).build();
    RulePack second = base("cn.factors2", "CN", "2022-01-01", null).parameters(full()).build();
    RulePack partial = base("mh.factors", "310112", "2021-06-01", null)
        .parameters(Map.of("guards", new Parameter.WholeNumber(3, Optional.of("人"), Optional.empty(), Optional.empty(),
            Optional.empty()))).build();
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND).add(first).add(second).add(partial).build();
    BoundRules<Factors> b = registry.bind(KIND, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1)));
    assertEquals(3L, b.value().guards().value());
    assertEquals(PackRef.of("cn.factors2", "1.0"), b.value().ratio().applied().pack());

    RulePack gap = base("cn.factors2", "CN", "2022-01-02", null).parameters(full()).build();
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePackRegistry.builder().kind(KIND).add(first).add(gap).add(partial).build());
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.field().orElseThrow().startsWith("mh.factors@1.0#/parameters/"), e.field().toString());
    RulePack endsBeforeWider = base("mh.factors", "310112", "2021-06-01", "2021-12-31").parameters(partial.parameters()).build();
    RulePackRegistry.builder().kind(KIND).add(first).add(endsBeforeWider).build();
  }

  @Test
  void kindsAreCheckedByIdentityAndDeclaration() {
    RuleKind<String> impostor = RuleKind.of(KIND.id(), List.of(RATIO), b -> "x");
    assertThrows(RulePackException.class, () -> RulePackRegistry.builder().kind(KIND).kind(impostor));
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND)
        .add(base("cn.factors", "CN", "2020-01-01", null).parameters(full()).build()).build();
    assertThrows(RulePackException.class,
        () -> registry.bind(impostor, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1))));
    RuleKind<String> undeclared = RuleKind.of("anxiao.test.other", List.of(RATIO), b -> b.get(GUARDS).toString());
    RulePackRegistry other = RulePackRegistry.builder().kind(undeclared)
        .add(RulePack.builder().from(base("cn.other", "CN", "2020-01-01", null).build()).kind("anxiao.test.other")
            .putParameters("ratio", full().get("ratio")).build()).build();
    assertThrows(AnxiaoException.class,
        () -> other.bind(undeclared, RuleQuery.of("anxiao.test.other", MINHANG, LocalDate.of(2024, 1, 1))));
    assertThrows(AnxiaoException.class, () -> RuleKind.of("Bad Kind", List.of(), b -> "x"));
    assertThrows(AnxiaoException.class, () -> RuleKind.of("anxiao.test.dup", List.of(RATIO, RATIO), b -> "x"));
    assertThrows(org.anxiao.core.error.MissingValueException.class, () -> registry.bind(KIND,
        RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1))).value().coal().value().applied(null));
  }

  @Test
  void pinningAndTheVerificationFloorSurviveBinding() {
    RulePack v1 = base("cn.factors", "CN", "2020-01-01", null).parameters(full()).build();
    Map<String, Parameter> changed = with("guards",
        new Parameter.WholeNumber(4, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()));
    RulePack v2 = RulePack.builder().from(base("cn.factors", "CN", "2020-01-01", null).parameters(changed).build())
        .version(PackVersion.of("2.0")).build();
    RulePack unverified = RulePack.builder().from(base("mh.factors", "310112", "2020-01-01", null).build())
        .verification(Verification.UNVERIFIED)
        .putParameters("guards", new Parameter.WholeNumber(9, Optional.of("人"), Optional.empty(), Optional.empty(),
            Optional.empty())).build();
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND).add(v1).add(v2).add(unverified).build();
    RuleContext context = RuleContext.of(registry, MINHANG, LocalDate.of(2024, 1, 1));
    assertEquals(9L, context.bind(KIND).value().guards().value(), "the district pack, narrowest");
    assertEquals(4L, context.atLeast(Verification.SECONDARY).bind(KIND).value().guards().value(), "newest national");
    assertEquals(2L, context.atLeast(Verification.SECONDARY).pin(PackRef.of("cn.factors", "1.0")).bind(KIND).value()
        .guards().value(), "pinned to reproduce a past result");
    assertThrows(RulePackException.class,
        () -> RuleTrace.under(context.policy()).use(context.bind(KIND).value().guards()), "unverified under DEFAULT");
  }

  @Test
  void findIsEmptyOnlyWhenNoPackIsInForce() {
    RulePack v1 = base("cn.factors", "CN", "2020-01-01", "2020-12-31").parameters(full()).build();
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND).add(v1).build();
    assertEquals(2L, RuleContext.of(registry, MINHANG, LocalDate.of(2020, 6, 1)).find(KIND).orElseThrow().value()
        .guards().value(), "in force: bound");
    assertTrue(RuleContext.of(registry, MINHANG, LocalDate.of(2021, 1, 1)).find(KIND).isEmpty(), "none in force");
    RuleKind<Factors> impostor = RuleKind.of(KIND.id(), KIND.parameters(), b -> new Factors(b.get(RATIO), b.get(GUARDS),
        b.get(COAL), b.get(POST), b.find(REMARK)));
    RulePackException e = assertThrows(RulePackException.class,
        () -> RuleContext.of(registry, MINHANG, LocalDate.of(2020, 6, 1)).find(impostor), "another refusal is thrown");
    assertEquals(RulePackException.INVALID, e.errorCode());
  }

  @Test
  void oneBuilderBuildsIndependentRegistries() {
    RulePackRegistry.Builder builder = RulePackRegistry.builder().kind(KIND)
        .add(base("cn.factors", "CN", "2020-01-01", null).parameters(full()).build());
    RulePackRegistry first = builder.build();
    RuleKind<String> narrower = RuleKind.of("anxiao.test.other", List.of(), b -> "other");
    RulePackRegistry second = builder.kind(narrower).build();
    assertEquals(2L, first.bind(KIND, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1))).value().guards().value());
    assertEquals(2L, second.bind(KIND, RuleQuery.of(KIND.id(), MINHANG, LocalDate.of(2024, 1, 1))).value().guards().value());
    assertEquals(1, first.kinds().size());
    assertEquals(2, second.kinds().size());
  }
}
