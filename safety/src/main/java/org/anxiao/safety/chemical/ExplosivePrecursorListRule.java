package org.anxiao.safety.chemical;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * The 易制爆危险化学品名录 (explosive-precursor list), bound from packs of kind
 * {@code anxiao.safety.chemical-explosive-precursors}: a table keyed by CAS number whose value is the
 * mass fraction (unit {@code %}) a chemical must <em>exceed</em> to be listed — 0 for an entry listed
 * at any concentration, 8 for 过氧化氢溶液 (含量 &gt; 8 %).
 *
 * <p>The shipped pack {@code cn.explosive-precursors-2017} follows the 2017 list (公安部) as this
 * project's specification records it ({@code SECONDARY}). Checked when bound: every key is a valid CAS
 * number and every threshold is at least 0 and below 100. Immutable and thread-safe.
 *
 * @param listedAbove the concentration threshold, %, by CAS number
 */
public record ExplosivePrecursorListRule(RuleValue<RuleTable<String>> listedAbove) {
  static final ParameterSpec<RuleTable<String>> LISTED_ABOVE = ParameterSpec.decimalTable("listedAbove", "%");

  /** The rule kind {@code anxiao.safety.chemical-explosive-precursors}. */
  public static final RuleKind<ExplosivePrecursorListRule> KIND = RuleKind.of(
      "anxiao.safety.chemical-explosive-precursors", List.of(LISTED_ABOVE), ExplosivePrecursorListRule::bind);

  /**
   * Creates the record after checking every row.
   *
   * @param listedAbove the concentration threshold, %, by CAS number
   */
  public ExplosivePrecursorListRule {
    Require.nonNull("listedAbove", listedAbove);
    ListRows.percentThresholds(listedAbove);
  }

  private static ExplosivePrecursorListRule bind(RuleBinding b) {
    return new ExplosivePrecursorListRule(b.get(LISTED_ABOVE));
  }
}
