package org.anxiao.energy.meter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The data sufficiency rule (数据充分性) bound from packs of kind {@code anxiao.energy.data-sufficiency}:
 * how many contiguous months an annual figure needs and how many of them may lack data. The bundled
 * national pack {@code caltrack.data-sufficiency} states the spec's summary of CalTRACK 2.0 §2.2
 * (Data Constraints): 12 contiguous months with at most one missing. Immutable and thread-safe.
 *
 * @param monthsRequired   contiguous months an annual figure needs, at least 1
 * @param maxMissingMonths months of those that may lack data, zero or more
 */
public record DataSufficiencyRule(RuleValue<Long> monthsRequired, RuleValue<Long> maxMissingMonths) {

  static final ParameterSpec<Long> MONTHS_REQUIRED =
      ParameterSpec.wholeNumber("monthsRequired", Optional.empty()).range(BigDecimal.ONE, BigDecimal.valueOf(1200));
  static final ParameterSpec<Long> MAX_MISSING_MONTHS =
      ParameterSpec.wholeNumber("maxMissingMonths", Optional.empty()).range(BigDecimal.ZERO, BigDecimal.valueOf(1200));

  /** The rule kind {@code anxiao.energy.data-sufficiency}. */
  public static final RuleKind<DataSufficiencyRule> KIND = RuleKind.of("anxiao.energy.data-sufficiency",
      List.of(MONTHS_REQUIRED, MAX_MISSING_MONTHS),
      b -> new DataSufficiencyRule(b.get(MONTHS_REQUIRED), b.get(MAX_MISSING_MONTHS)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param monthsRequired   contiguous months an annual figure needs
   * @param maxMissingMonths months of those that may lack data
   */
  public DataSufficiencyRule {
    Require.nonNull("monthsRequired", monthsRequired);
    Require.nonNull("maxMissingMonths", maxMissingMonths);
  }
}
