package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.scorecard.GradeBand;
import org.junit.jupiter.api.Test;

/**
 * A numeric parameter's domain at its ends: a value exactly at an inclusive end binds, a value at
 * the exclusive lower end of {@code positive()} does not, and a refusal states the domain it broke.
 * Also where binding errors point: a unit, and a structure's inner error.
 */
class ParameterDomainTest {
  private static final RulePack PACK = pack("sh.guards", "1.0", "310000", "2021-01-01", null, Verification.SECONDARY, Map.of());

  private static Parameter.Decimal decimal(String value) {
    return new Parameter.Decimal(new BigDecimal(value), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static RulePackException refused(ParameterSpec<?> spec, Parameter value) {
    RulePackException e = assertThrows(RulePackException.class, () -> spec.bind(PACK, value));
    assertEquals(RulePackException.INVALID, e.errorCode());
    return e;
  }

  @Test
  void nonNegativeAcceptsZeroAndRefusesTheLeastNegativeStep() {
    ParameterSpec<BigDecimal> spec = ParameterSpec.decimal("share").nonNegative();
    assertEquals(new BigDecimal("0"), spec.bind(PACK, decimal("0")));
    RulePackException e = refused(spec, decimal("-0.0001"));
    assertEquals(Optional.of("sh.guards@1.0#/parameters/share/value"), e.field());
    assertEquals(Optional.of("-0.0001"), e.value());
    assertEquals("must be at least 0", e.rule());
  }

  @Test
  void positiveRefusesZeroItselfAndAcceptsTheLeastPositiveStep() {
    ParameterSpec<BigDecimal> spec = ParameterSpec.decimal("factor").positive();
    assertEquals(new BigDecimal("0.0001"), spec.bind(PACK, decimal("0.0001")));
    RulePackException e = refused(spec, decimal("0"));
    assertEquals(Optional.of("0"), e.value());
    assertEquals("must be greater than 0", e.rule());
    ParameterSpec<Long> guards = ParameterSpec.wholeNumber("guards", Optional.empty()).positive();
    assertEquals(1L, guards.bind(PACK, new Parameter.WholeNumber(1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals("must be greater than 0", refused(guards,
        new Parameter.WholeNumber(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).rule());
  }

  @Test
  void aRangeIncludesBothEnds() {
    ParameterSpec<BigDecimal> share = ParameterSpec.decimal("share").range(BigDecimal.ZERO, BigDecimal.ONE);
    assertEquals(new BigDecimal("0"), share.bind(PACK, decimal("0")));
    assertEquals(new BigDecimal("1.000"), share.bind(PACK, decimal("1.000")));
    for (String outside : new String[] {"-0.001", "1.001"}) {
      RulePackException e = refused(share, decimal(outside));
      assertEquals(Optional.of(outside), e.value());
      assertEquals("must be between 0 and 1", e.rule());
    }
  }

  @Test
  void aRangeOfOneValueIsAllowedAndHoldsOnlyThatValue() {
    BigDecimal two = new BigDecimal("2");
    ParameterSpec<BigDecimal> exact = ParameterSpec.decimal("ratio").range(two, two);
    assertEquals(new BigDecimal("2.0"), exact.bind(PACK, decimal("2.0")), "bound as written");
    assertEquals("must be between 2 and 2", refused(exact, decimal("2.01")).rule());
    InvalidValueException below = assertThrows(InvalidValueException.class,
        () -> ParameterSpec.decimal("ratio").range(two, new BigDecimal("1.99")));
    assertEquals(Optional.of("max"), below.field());
    assertEquals(Optional.of("1.99"), below.value());
  }

  @Test
  void everyRowOfATableIsHeldToTheDomain() {
    ParameterSpec<RuleTable<String>> rows = ParameterSpec.decimalTable("rows", "kgce").nonNegative();
    Parameter.DecimalTable table = new Parameter.DecimalTable(
        Map.of("coal", DecimalEntry.of("0"), "gas", DecimalEntry.of("-1")), Optional.of("kgce"),
        Optional.empty(), Optional.empty(), Optional.empty());
    RulePackException e = refused(rows, table);
    assertEquals(Optional.of("sh.guards@1.0#/parameters/rows/rows/gas/value"), e.field());
    assertEquals("must be at least 0", e.rule());
  }

  @Test
  void aWrongUnitIsRefusedNamingTheUnitRequired() {
    RulePackException wrong = refused(ParameterSpec.decimal("ratio", "人/门"),
        new Parameter.Decimal(BigDecimal.ONE, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("sh.guards@1.0#/parameters/ratio/unit"), wrong.field());
    assertEquals(Optional.of("人"), wrong.value());
    assertEquals("must be 人/门", wrong.rule());
    RulePackException missing = refused(ParameterSpec.decimal("ratio", "人/门"), decimal("1"));
    assertEquals(Optional.empty(), missing.value());
    assertEquals("must be 人/门", missing.rule());
  }

  @Test
  void aStructuresInnerErrorIsPointedToBelowItsValue() {
    ParameterSpec<GradeBand> band = ParameterSpec.structure("band", GradeBand.class);
    RulePackException invariant = refused(band, new Parameter.Structure(
        "{\"code\":\"PASS\",\"title\":{\"zh\":\"合格\",\"en\":\"pass\"},\"minScore\":-1}",
        Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("sh.guards@1.0#/parameters/band/value/minScore"), invariant.field());
    assertEquals(Optional.of("-1"), invariant.value());
    RulePackException e = refused(band, new Parameter.Structure(
        "{\"code\":\"PASS\",\"title\":{\"zh\":\"合格\",\"en\":\"pass\"},\"minScore\":60,\"extra\":1}",
        Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("sh.guards@1.0#/parameters/band/value/extra"), e.field());
    assertTrue(e.rule().startsWith("does not bind to GradeBand: "), e.rule());
  }
}
