package org.anxiao.logistics.waste;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;

/**
 * The waste-sorting figures of one campus record ({@link WasteSorting}): the figures, the measures
 * checked against a target, the rule values read, the packs in force and the findings — a target
 * missed ({@code LOGISTICS.WASTE.SORTING_ACCURACY_BELOW_TARGET}, {@code …RECYCLING_RATE_BELOW_TARGET},
 * {@code …WET_ON_SITE_BELOW_TARGET}, {@code …PER_PERSON_ABOVE_TARGET}) and a target skipped under the
 * verification policy ({@code LOGISTICS.WASTE.NOT_CHECKED}, INFO). Immutable and thread-safe.
 *
 * @param subject        the campus (kind {@code CAMPUS})
 * @param record         the record (the input)
 * @param figures        the figures
 * @param targetsChecked the measures compared with a target
 * @param rules          the rule values read, in first-use order
 * @param packs          the packs in force, narrowest first
 * @param findings       the findings
 */
public record WasteSortingResult(Subject subject, WasteRecord record, WasteFigures figures,
    Set<WasteMeasure> targetsChecked, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject        the campus
   * @param record         the record
   * @param figures        the figures
   * @param targetsChecked the measures checked
   * @param rules          the rule values read
   * @param packs          the packs in force
   * @param findings       the findings
   */
  public WasteSortingResult {
    Require.nonNull("subject", subject);
    Require.nonNull("record", record);
    Require.nonNull("figures", figures);
    targetsChecked = Bounds.enumSet("targetsChecked", targetsChecked);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return WasteSorting.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(record.period());
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return record;
  }
}
