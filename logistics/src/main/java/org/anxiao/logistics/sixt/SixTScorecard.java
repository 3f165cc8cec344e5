package org.anxiao.logistics.sixt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.scorecard.Scorecard;

/**
 * A 六T sheet scored (六T评分): core's scorecard and the score per pillar — the pillar's section
 * subtotal in the section's points, as the engine computes it (re-normalised over the items that
 * apply; 0 for a section with no applicable item, which then drops out of the total). Becomes an
 * {@code Assessment} with {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param site      the site scored
 * @param scorecard the scorecard (total, percent, grade, sections, findings)
 * @param pillars   the score per pillar, all six, each in [0, the section's points]
 */
public record SixTScorecard(SixTSite site, Scorecard scorecard, Map<SixTPillar, BigDecimal> pillars)
    implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param site      the site scored
   * @param scorecard the scorecard
   * @param pillars   the score per pillar, all six
   */
  public SixTScorecard {
    Require.nonNull("site", site);
    Require.nonNull("scorecard", scorecard);
    Bounds.size("pillars", pillars);
    Map<SixTPillar, BigDecimal> copy = new EnumMap<>(SixTPillar.class);
    pillars.forEach((k, v) -> copy.put(Require.nonNull("pillars key", k),
        Require.nonNegative("pillars." + k, Bounds.decimal("pillars." + k, v))));
    Require.that(copy.size() == SixTPillar.values().length, "pillars", copy.keySet(), "must hold all six pillars");
    pillars = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the score of {@code pillar}}
   *
   * @param pillar the pillar
   */
  public BigDecimal pillar(SixTPillar pillar) {
    return Require.nonNull("pillars." + Require.nonNull("pillar", pillar), pillars.get(pillar));
  }

  /** {@return the total, as the scorecard's} */
  public BigDecimal total() {
    return scorecard.total();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return SixTScorecards.ID;
  }

  @Override
  public Subject subject() {
    return scorecard.subject();
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return scorecard.rulesApplied();
  }

  @Override
  public List<Finding> findings() {
    return scorecard.findings();
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return scorecard.inputs();
  }
}
