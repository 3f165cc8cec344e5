package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/** Edges of binding: units on pure numbers, repeated names, one id and version with two texts, null arguments. */
class ReviewedEdgesTest {
  private static final ParameterSpec<BigDecimal> SHARE = ParameterSpec.decimal("share");
  private static final ParameterSpec<java.util.Set<RuleKindTest.Post>> POSTS =
      ParameterSpec.enumSet("posts", RuleKindTest.Post.class).optional();
  private static final RuleKind<BigDecimal> KIND = RuleKind.of("anxiao.test.share", List.of(SHARE, POSTS),
      b -> b.get(SHARE).value());

  private static RulePack pack(Map<String, Parameter> parameters) {
    return RulePack.builder().from(RuleKindTest.base("cn.share", "CN", "2020-01-01", null).build()).kind(KIND.id())
        .parameters(parameters).build();
  }

  private static Parameter.Decimal share(String value, Optional<String> unit) {
    return new Parameter.Decimal(new BigDecimal(value), unit, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void aPureNumberRefusesAStatedUnit() {
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackRegistry.builder().kind(KIND)
        .add(pack(Map.of("share", share("50", Optional.of("%"))))).build());
    assertEquals(Optional.of("cn.share@1.0#/parameters/share/unit"), e.field());
    RulePackRegistry.builder().kind(KIND).add(pack(Map.of("share", share("0.5", Optional.empty())))).build();
  }

  @Test
  void aRepeatedEnumNameIsRefused() {
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackRegistry.builder().kind(KIND)
        .add(pack(Map.of("share", share("0.5", Optional.empty()), "posts", new Parameter.TextList(
            List.of("MAIN_GATE", "MAIN_GATE"), Optional.empty(), Optional.empty(), Optional.empty())))).build());
    assertEquals(Optional.of("cn.share@1.0#/parameters/posts/values/1"), e.field());
  }

  @Test
  void oneIdAndVersionWithTwoTextsIsRefused() {
    RulePack a = pack(Map.of("share", share("0.5", Optional.empty())));
    RulePack b = pack(Map.of("share", share("0.9", Optional.empty())));
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackRegistry.builder().kind(KIND).add(a).add(b));
    assertEquals(RulePackException.AMBIGUOUS, e.errorCode());
    RulePackRegistry same = RulePackRegistry.builder().kind(KIND).add(a).add(pack(Map.of("share", share("0.5", Optional.empty()))))
        .build();
    assertEquals(new BigDecimal("0.5"),
        same.bind(KIND, RuleQuery.of(KIND.id(), JurisdictionCode.of("310112"), LocalDate.of(2024, 1, 1))).value());
  }

  @Test
  void aStructureIsHeldCompact() {
    Parameter.Structure spaced = new Parameter.Structure("{ \"a\" :  [1, 2.50] ,\n \"b\": {} }", Optional.empty(),
        Optional.empty(), Optional.empty());
    assertEquals("{\"a\":[1,2.50],\"b\":{}}", spaced.json());
    assertEquals(new Parameter.Structure("{\"a\":[1,2.50],\"b\":{}}", Optional.empty(), Optional.empty(), Optional.empty()),
        spaced);
    assertEquals(spaced, org.anxiao.core.json.AnxiaoJson.strict().read(
        org.anxiao.core.json.AnxiaoJson.strict().write(spaced), Parameter.class), "2.50 stays 2.50 on the way back");
    for (String bad : new String[] {"[1]", "{\"a\":1} {}", "{\"a\":", "\"x\"", ""}) {
      assertThrows(AnxiaoException.class,
          () -> new Parameter.Structure(bad, Optional.empty(), Optional.empty(), Optional.empty()), bad);
    }
  }

  @Test
  void nullArgumentsAreTheLibrarysOwnErrors() {
    RuleQuery q = RuleQuery.of(KIND.id(), JurisdictionCode.of("310112"), LocalDate.of(2024, 1, 1));
    assertThrows(AnxiaoException.class, () -> q.pin(null));
    assertThrows(AnxiaoException.class, () -> q.atLeast(null));
    assertThrows(AnxiaoException.class, () -> new BoundRules<>(KIND, JurisdictionCode.of("CN"), LocalDate.of(2024, 1, 1),
        Arrays.asList((PackRef) null), BigDecimal.ONE));
    RulePackRegistry registry = RulePackRegistry.builder().kind(RuleKindTest.KIND)
        .add(RuleKindTest.base("cn.factors", "CN", "2020-01-01", null).parameters(RuleKindTest.full()).build()).build();
    RuleTable<RuleKindTest.Carrier> coal = registry.bind(RuleKindTest.KIND, RuleQuery.of(RuleKindTest.KIND.id(),
        JurisdictionCode.of("310112"), LocalDate.of(2024, 1, 1))).value().coal().value();
    assertThrows(AnxiaoException.class, () -> coal.contains(null));
    assertThrows(AnxiaoException.class, () -> RuleTrace.under(null));
    assertThrows(AnxiaoException.class, () -> RuleTrace.under(VerificationPolicy.DEFAULT).use(null));
    assertThrows(AnxiaoException.class, () -> RuleContext.standard(null, LocalDate.of(2024, 1, 1)));
    assertThrows(AnxiaoException.class, () -> RuleContext.standard(JurisdictionCode.of("CN"), null));
  }
}
