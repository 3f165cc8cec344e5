package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/** Binding checks shared by the three control-list rule kinds: keys are CAS numbers, values in range. */
final class ListRows {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ListRows() {}

  /** Refuses a raw RuleValue carrying another parameter's value, then checks every key is a CAS number. */
  @SuppressWarnings("BadInstanceof")
  static RuleTable<String> casKeys(RuleValue<RuleTable<String>> table) {
    if (!(table.value() instanceof RuleTable<?>)) {
      throw new InvalidValueException(table.applied().parameter(), table.applied().value(), "is not a decimal-table value");
    }
    RuleTable<String> t = table.value();
    for (String key : t.keys()) {
      try {
        CasNumber.of(key);
      } catch (AnxiaoException e) {
        throw refused(table, key, key, "is not a valid CAS number: " + e.rule());
      }
    }
    return t;
  }

  /** Checks every row is a concentration threshold in per cent, 0 ≤ v &lt; 100. */
  static void percentThresholds(RuleValue<RuleTable<String>> table) {
    RuleTable<String> t = casKeys(table);
    for (String key : t.keys()) {
      BigDecimal v = new BigDecimal(t.applied(key).value());
      if (v.signum() < 0 || v.compareTo(HUNDRED) >= 0) {
        throw refused(table, key, v.toPlainString(), "a listing threshold is a mass fraction from 0 % (any) to below 100 %");
      }
    }
  }

  static RulePackException refused(RuleValue<?> table, String key, String value, String rule) {
    return new RulePackException(RulePackException.INVALID,
        table.applied().pack() + "#/parameters/" + table.applied().parameter() + "/rows/" + key, value, rule);
  }
}
