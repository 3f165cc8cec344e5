package org.anxiao.energy.coal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.testkit.ConsumptionGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of standard coal. The double path sums n products in order, so it is within
 * n·ε·Σ|amount × coefficient| of the exact sum (ε = 2⁻⁵³); the tests allow 4·n·ε·Σ, and compare the
 * exact reference computed with {@link BigDecimal} from the amounts and the pack's coefficients as
 * written.
 */
class CoalEquivalentProperties {
  private static final double EPS = Math.ulp(1.0) / 2;
  private static final CoalEquivalents COAL = CoalEquivalentsTest.coal(CoalEquivalentsTest.BEIJING);

  /** Monthly consumptions of 2024 of the verified carriers, amounts up to 10⁷ with three decimals (the kit's). */
  private static Gen<List<Consumption>> consumptions() {
    return ConsumptionGenerators.monthly(2024);
  }

  private static double absSum(CoalEquivalentResult r) {
    return r.lines().stream().mapToDouble(l -> Math.abs(l.kgce())).sum();
  }

  /** The exact kgce: Σ amount × the pack's coefficient as written, in BigDecimal. */
  private static BigDecimal exact(List<Consumption> consumptions, ElectricityBasis basis) {
    CoalEquivalentResult r = COAL.convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, consumptions, basis);
    BigDecimal sum = BigDecimal.ZERO;
    for (Consumption c : consumptions) {
      BigDecimal coefficient = r.line(c.carrier()).orElseThrow().coefficient();
      sum = sum.add(c.exactValue().multiply(coefficient));
    }
    return sum;
  }

  @Test
  void theDoublePathAgreesWithTheExactReference() {
    qt().withExamples(200).forAll(consumptions(), integers().between(0, 1)).checkAssert((list, b) -> {
      ElectricityBasis basis = ElectricityBasis.values()[b];
      CoalEquivalentResult r = COAL.convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, list, basis);
      double tolerance = 4 * list.size() * EPS * absSum(r) + Double.MIN_VALUE;
      double diff = Math.abs(exact(list, basis).subtract(new BigDecimal(r.totalKgce())).doubleValue());
      assertTrue(diff <= tolerance, () -> "off by " + diff + " > " + tolerance);
    });
  }

  @Test
  void kgceIsAdditiveInConsumption() {
    qt().withExamples(200).forAll(consumptions(), consumptions()).checkAssert((a, b) -> {
      List<Consumption> both = new ArrayList<>(a);
      both.addAll(b);
      double whole = total(both);
      double parts = total(a) + total(b);
      assertEquals(parts, whole, 8 * both.size() * EPS * (Math.abs(whole) + 1));
    });
  }

  @Test
  void kgceIsMonotoneInEachAmount() {
    qt().withExamples(200).forAll(consumptions(), integers().between(0, 29), longs().between(0, 1_000_000_000L))
        .checkAssert((list, index, extraMilli) -> {
          int i = index % list.size();
          Consumption c = list.get(i);
          List<Consumption> more = new ArrayList<>(list);
          more.set(i, Consumption.of(c.carrier(), c.period(),
              c.exactValue().add(BigDecimal.valueOf(extraMilli, 3)).toPlainString(), c.carrier().unit()));
          assertTrue(total(more) >= total(list) - 4 * more.size() * EPS * total(more));
        });
  }

  @Test
  void thePrimaryBasisNeverGivesLessThanTheCalorific() {
    // 0.3055 > 0.1229 kgce/kWh and every other coefficient is the same on both bases.
    qt().withExamples(100).forAll(consumptions()).checkAssert(list -> assertTrue(
        COAL.convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, list, ElectricityBasis.PRIMARY).totalKgce()
            >= total(list) * (1 - 1e-12)));
  }

  @Test
  void aResultIsReproducedAfterANewerPackIsRegistered() {
    RulePackRegistry newer = CoalPackFixtures.withNewerNationalPack("0.1300");
    LocalDate date = LocalDate.of(2024, 12, 31);
    qt().withExamples(50).forAll(consumptions()).checkAssert(list -> {
      CoalEquivalentResult before = COAL.convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, list,
          ElectricityBasis.CALORIFIC);
      RuleContext context = RuleContext.of(newer, CoalEquivalentsTest.BEIJING, date);
      for (PackRef ref : before.packs()) {
        context = context.pin(ref);
      }
      CoalEquivalentResult again = CoalEquivalents.in(context).convert(CoalEquivalentsTest.SCHOOL,
          CoalEquivalentsTest.YEAR, list, ElectricityBasis.CALORIFIC);
      assertEquals(before, again);
      boolean usesElectricity = before.rulesApplied().stream().map(AppliedRule::parameter)
          .anyMatch("electricityCalorific"::equals);
      CoalEquivalentResult unpinned = CoalEquivalents.in(RuleContext.of(newer, CoalEquivalentsTest.BEIJING, date))
          .convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, list, ElectricityBasis.CALORIFIC);
      if (usesElectricity) {
        assertNotEquals(before.packs(), unpinned.packs());
      }
    });
  }

  private static double total(List<Consumption> list) {
    return COAL.convert(CoalEquivalentsTest.SCHOOL, CoalEquivalentsTest.YEAR, list, ElectricityBasis.CALORIFIC).totalKgce();
  }
}
