package org.anxiao.core.rule;

import org.anxiao.core.testkit.gen.RuleGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.testing.TestKinds;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Selection by date and jurisdiction agrees with a direct reading of the rule: for each parameter,
 * the value of the narrowest jurisdiction on the chain whose pack in force defines it.
 */
class RuleSelectionProperties {
  private static final List<String> LEVELS = List.of("CN", "310000", "310112", "310115");
  private static final List<String> NAMES = List.of("alpha", "beta", "gamma");
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  /** For one jurisdiction: the kit's consecutive, non-overlapping packs with random gaps and parameters. */
  private static Gen<List<RulePack>> packsFor(String jurisdiction) {
    return RuleGenerators.successivePacks(jurisdiction, RulePackFixtures.KIND, NAMES, EPOCH);
  }

  @Test
  void selectionMatchesTheInheritanceRule() {
    Gen<List<List<RulePack>>> all = packsFor("CN").zip(packsFor("310000"), packsFor("310112"), packsFor("310115"),
        (a, b, c, d) -> List.of(a, b, c, d));
    qt().withExamples(300).forAll(all, Generate.pick(LEVELS), integers().between(0, 2000))
        .checkAssert((byLevel, where, offset) -> {
          RulePackRegistry registry = TestKinds.builder(byLevel.stream().flatMap(List::stream).toList()).build();
          JurisdictionCode j = JurisdictionCode.of(where);
          LocalDate date = EPOCH.plusDays(offset);
          List<JurisdictionCode> chain = JurisdictionDirectory.standard().chain(j);

          Optional<ResolvedRules> resolved;
          try {
            resolved = Optional.of(registry.resolve(RulePackFixtures.KIND, j, date));
          } catch (org.anxiao.core.error.RulePackException e) {
            resolved = Optional.empty();
          }
          boolean anyInForce = false;
          for (String name : NAMES) {
            Optional<BigDecimal> expected = Optional.empty();
            for (JurisdictionCode level : chain) {
              Optional<RulePack> inForce = byLevel.get(LEVELS.indexOf(level.value())).stream()
                  .filter(p -> p.isInForce(date)).findFirst();
              anyInForce |= inForce.isPresent();
              if (inForce.isPresent() && inForce.get().parameters().containsKey(name)) {
                expected = Optional.of(((Parameter.Decimal) inForce.get().parameters().get(name)).value());
                break;
              }
            }
            Optional<BigDecimal> actual = resolved.flatMap(r -> r.find(name)).map(ResolvedParameter::decimal);
            assertEquals(expected, actual, name + " in " + where + " on " + date);
          }
          assertEquals(anyInForce, resolved.isPresent());
        });
  }
}
