package org.anxiao.core.calc;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;

/**
 * What a {@link Calculator} returns (计算结果): the subject, the findings, every rule value used and
 * the inputs, so the result becomes an {@link Assessment} — inputs digest, packs, values — with one
 * call.
 */
public interface CalculationResult {
  /** {@return the calculator that produced it} */
  CalculatorId calculator();

  /** {@return what was calculated} */
  Subject subject();

  /** {@return the period calculated, if any} */
  default Optional<Period> period() {
    return Optional.empty();
  }

  /**
   * {@return the packs in force for the calculation, narrowest first — also those from which no value was
   * read, since a narrower pack's silence decided which wider value applied} Pinning them
   * reproduces the result. By default, the packs of the values used.
   */
  default List<PackRef> packs() {
    Set<PackRef> packs = new LinkedHashSet<>();
    rulesApplied().forEach(r -> packs.add(r.pack()));
    return List.copyOf(packs);
  }

  /** {@return every rule value used, in first-use order} */
  List<AppliedRule> rulesApplied();

  /** {@return the findings (may be empty: a determination is not a compliance finding)} */
  default List<Finding> findings() {
    return List.of();
  }

  /**
   * {@return the inputs the result was calculated from, as written on the wire; the assessment's digest is
   * SHA-256 of their canonical JSON ({@link AnxiaoJson#digest})}
   */
  Object inputs();

  /**
   * {@return this result as an assessment made at {@code assessedAt}}
   *
   * @param assessedAt when the assessment is made
   */
  default Assessment toAssessment(Instant assessedAt) {
    Bounds.instant("assessedAt", assessedAt);
    Set<PackRef> packs = new LinkedHashSet<>(packs());
    rulesApplied().forEach(r -> packs.add(r.pack()));
    findings().forEach(f -> f.rules().forEach(r -> packs.add(r.pack())));
    return Assessment.builder()
        .calculator(calculator().value())
        .subject(subject())
        .period(period())
        .assessedAt(assessedAt)
        .inputsDigest(AnxiaoJson.strict().digest(inputs()))
        .packs(packs)
        .rulesApplied(rulesApplied())
        .findings(findings())
        .build();
  }

  /**
   * {@return this result as an assessment made now, by {@code clock}}
   *
   * @param clock the clock that says when now is
   */
  default Assessment toAssessment(Clock clock) {
    return toAssessment(Require.nonNull("clock", clock).instant());
  }
}
