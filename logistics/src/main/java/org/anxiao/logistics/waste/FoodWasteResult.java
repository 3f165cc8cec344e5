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
 * The food-waste measures of one canteen record ({@link FoodWasteMeasures}): the figures, which
 * measures were checked against a target, the target values read, the target packs in force and the
 * findings — a target missed ({@code LOGISTICS.WASTE.PLATE_WASTE_ABOVE_TARGET},
 * {@code LOGISTICS.WASTE.LOSS_RATE_ABOVE_TARGET}, {@code LOGISTICS.WASTE.CLEAN_TRAY_RATE_BELOW_TARGET})
 * and a target skipped under the verification policy ({@code LOGISTICS.WASTE.NOT_CHECKED}, INFO).
 * With no target pack in force {@link #targetsChecked()} and {@link #packs()} are empty: the measures
 * are computed and no target was checked. Immutable and thread-safe.
 *
 * @param subject        the canteen (kind {@code KEY_PART}, id the canteen's id)
 * @param record         the record measured (the input)
 * @param figures        the measures
 * @param targetsChecked the measures compared with a target (a target given, allowed by the policy and the measure not empty)
 * @param rules          the target values read, in first-use order
 * @param packs          the target packs in force, narrowest first; empty when none is
 * @param findings       the findings
 */
public record FoodWasteResult(Subject subject, FoodWasteRecord record, FoodWasteFigures figures,
    Set<FoodWasteMeasure> targetsChecked, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject        the canteen
   * @param record         the record
   * @param figures        the measures
   * @param targetsChecked the measures checked
   * @param rules          the target values read
   * @param packs          the target packs in force
   * @param findings       the findings
   */
  public FoodWasteResult {
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
    return FoodWasteMeasures.ID;
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
