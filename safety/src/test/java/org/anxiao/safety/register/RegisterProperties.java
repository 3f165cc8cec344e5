package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.MARCH;
import static org.anxiao.safety.register.RegisterFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.RegisterGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of the register KPIs over random registers (0 to 60 hazards found from February to
 * April 2022, in four districts of three provinces, random grades, areas, departments, deadlines,
 * closing dates and flags), period 2022-03.
 */
class RegisterProperties {

  private static KpiWindow window(Period p) {
    return RegisterFixtures.standard().window(p, RuleTrace.under(VerificationPolicy.DEFAULT));
  }

  private static RegisterFigures tally(RegisterColumns c, KpiWindow w, int[] key, int[] keyToGroup) {
    KpiAccumulator a = new KpiAccumulator(c.areas.size(), c.departments.size());
    KpiKernel.run(c, w, key, keyToGroup, new KpiAccumulator[] {a}, 0, c.size);
    return a.finish(c, w);
  }

  @Test
  void mergingTheTalliesOfTwoPartsGivesTheTallyOfTheUnion() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      List<RegisterEntry> entries = RegisterGenerators.entries(seed);
      RegisterColumns c = RegisterColumns.of(entries);
      KpiWindow w = window(MARCH);
      Random r = new Random(~seed);
      int[] part = new int[c.size];
      for (int i = 0; i < part.length; i++) {
        part[i] = r.nextInt(2);
      }
      KpiAccumulator a = new KpiAccumulator(c.areas.size(), c.departments.size());
      KpiAccumulator b = new KpiAccumulator(c.areas.size(), c.departments.size());
      KpiKernel.run(c, w, part, new int[] {0, -1}, new KpiAccumulator[] {a}, 0, c.size);
      KpiKernel.run(c, w, part, new int[] {-1, 0}, new KpiAccumulator[] {b}, 0, c.size);
      a.merge(b);
      assertEquals(tally(c, w, part, new int[] {0, 0}), a.finish(c, w));
    });
  }

  @Test
  void theFiguresDoNotDependOnTheOrderOfTheEntries() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      List<RegisterEntry> entries = RegisterGenerators.entries(seed);
      List<RegisterEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, new Random(seed));
      RegisterKpis kpis = RegisterFixtures.standard();
      assertEquals(kpis.calculate(SCHOOL, MARCH, entries).figures(), kpis.calculate(SCHOOL, MARCH, shuffled).figures());
    });
  }

  @Test
  void ratesLieInZeroToOneAndCountsAgree() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      RegisterFigures f = RegisterFixtures.standard().calculate(SCHOOL, MARCH, RegisterGenerators.entries(seed)).figures();
      List<Kpis> all = new ArrayList<>(f.byGrade().values());
      all.add(f.overall());
      all.addAll(f.byArea().values());
      all.addAll(f.byDepartment().values());
      for (Kpis k : all) {
        for (Rate rate : List.of(k.rectification(), k.onTime())) {
          rate.value().ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, v.toPlainString()));
        }
        k.daysToClose().median().ifPresent(m -> assertTrue(m.compareTo(BigDecimal.ZERO) >= 0));
      }
      // Grades split the whole: counts add up.
      Kpis g = f.byGrade().get(HazardGrade.GENERAL);
      Kpis m = f.byGrade().get(HazardGrade.MAJOR);
      assertEquals(f.overall().found(), g.found() + m.found());
      assertEquals(f.overall().closed(), g.closed() + m.closed());
      assertEquals(f.overall().open(), g.open() + m.open());
      assertEquals(f.overall().daysToClose().total(), g.daysToClose().total() + m.daysToClose().total());
      assertEquals(f.overall().open(), f.byDepartment().values().stream().mapToLong(Kpis::open).sum());
      assertEquals(f.outcomes().total(), f.byDepartment().values().stream().mapToLong(k -> k.open()).sum()
          + f.outcomes().resolved());
    });
  }

  @Test
  void aRollUpGivesEachGroupTheFiguresOfItsOwnHazards() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      List<RegisterEntry> entries = RegisterGenerators.entries(seed);
      RegisterKpis kpis = RegisterFixtures.standard();
      for (RollUpLevel level : RollUpLevel.values()) {
        Map<String, RegisterKpiResult> groups = kpis.rollUp(MARCH, entries, level);
        RegisterBatchResult batch = kpis.rollUp(MARCH, RegisterColumns.of(entries), level);
        assertEquals(batch.groups().keySet(), groups.keySet());
        long found = 0;
        for (Map.Entry<String, RegisterKpiResult> e : groups.entrySet()) {
          List<RegisterEntry> own = entries.stream().filter(x -> RegisterKpis.key(x, level).equals(e.getKey())).toList();
          assertEquals(kpis.calculate(SCHOOL, MARCH, own).figures(), e.getValue().figures(), level + " " + e.getKey());
          assertEquals(batch.groups().get(e.getKey()), e.getValue().figures());
          found += e.getValue().figures().overall().found();
        }
        assertEquals(kpis.calculate(SCHOOL, MARCH, entries).figures().overall().found(), found);
      }
    });
  }

  @Test
  void theFoundAndClosedCountsRollUpOverDepartmentsAsTheSumOfTheirParts() {
    RegisterKpis kpis = RegisterFixtures.standard();
    Laws laws = Laws.standard().withExamples(100);
    laws.rollUpIsSumOfParts(RegisterGenerators.byDepartment(),
        parts -> BigDecimal.valueOf(kpis.calculate(SCHOOL, MARCH, parts.stream().flatMap(List::stream).toList())
            .figures().overall().found()),
        part -> BigDecimal.valueOf(kpis.calculate(SCHOOL, MARCH, part).figures().overall().found()));
    laws.rollUpIsSumOfParts(RegisterGenerators.byDepartment(),
        parts -> BigDecimal.valueOf(kpis.calculate(SCHOOL, MARCH, parts.stream().flatMap(List::stream).toList())
            .figures().overall().closed()),
        part -> BigDecimal.valueOf(kpis.calculate(SCHOOL, MARCH, part).figures().overall().closed()));
  }
}
