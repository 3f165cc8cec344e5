package org.anxiao.safety.chemical;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * The 易制毒化学品 list (precursor chemicals), bound from packs of kind
 * {@code anxiao.safety.chemical-precursors}: a table keyed by CAS number whose value is the
 * {@link PrecursorCategory} number (unit {@code category}), each row with its own verification.
 *
 * <p>The shipped pack {@code cn.precursor-chemicals} follows 易制毒化学品管理条例 (国务院令第445号,
 * 2005), 附表: the entries this project's specification gives with their CAS number are
 * {@code SECONDARY}; the entries it names without one (醋酸酐, 苯乙酸, 哌啶), whose CAS number the pack
 * adds, are {@code UNVERIFIED}; later additions to the list are not in the pack. Checked when bound:
 * every key is a valid CAS number and every value is 1, 2 or 3 ({@code RULE_PACK_INVALID} with the
 * row's pointer otherwise). Immutable and thread-safe.
 *
 * @param categories the category number by CAS number
 */
public record PrecursorListRule(RuleValue<RuleTable<String>> categories) {
  static final ParameterSpec<RuleTable<String>> CATEGORIES = ParameterSpec.decimalTable("categories", "category");

  /** The rule kind {@code anxiao.safety.chemical-precursors}. */
  public static final RuleKind<PrecursorListRule> KIND = RuleKind.of("anxiao.safety.chemical-precursors",
      List.of(CATEGORIES), PrecursorListRule::bind);

  /**
   * Creates the record after checking every row.
   *
   * @param categories the category number by CAS number
   */
  public PrecursorListRule {
    Require.nonNull("categories", categories);
    RuleTable<String> t = ListRows.casKeys(categories);
    for (String key : t.keys()) {
      String value = t.applied(key).value();
      try {
        PrecursorCategory.ofNumber("categories", new java.math.BigDecimal(value));
      } catch (org.anxiao.core.error.InvalidValueException e) {
        throw ListRows.refused(categories, key, value, e.rule());
      }
    }
  }

  private static PrecursorListRule bind(RuleBinding b) {
    return new PrecursorListRule(b.get(CATEGORIES));
  }
}
