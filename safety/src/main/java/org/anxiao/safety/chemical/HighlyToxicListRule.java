package org.anxiao.safety.chemical;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * The 剧毒化学品 entries of 危险化学品目录 (2015 edition; 148 of its 2,828 entries are marked 剧毒),
 * bound from packs of kind {@code anxiao.safety.chemical-highly-toxic}: a table keyed by CAS number
 * whose value is the mass fraction (unit {@code %}) a chemical must exceed to be listed, 0 for any
 * concentration (some 目录 entries are mixtures above a stated content).
 *
 * <p>The shipped pack {@code cn.highly-toxic-2015} holds only what this project can cite: none of the
 * common school reagents is 剧毒 (specification, {@code SECONDARY}); 氯化汞 (mercuric chloride,
 * 7487-94-7) is a row of its own marked {@code UNVERIFIED}. A chemical not in the table is reported
 * not listed <em>in this pack</em>; the pack is not the full 148-entry list. Checked when bound as
 * {@link ExplosivePrecursorListRule} is. Immutable and thread-safe.
 *
 * @param listedAbove the concentration threshold, %, by CAS number
 */
public record HighlyToxicListRule(RuleValue<RuleTable<String>> listedAbove) {
  static final ParameterSpec<RuleTable<String>> LISTED_ABOVE = ParameterSpec.decimalTable("listedAbove", "%");

  /** The rule kind {@code anxiao.safety.chemical-highly-toxic}. */
  public static final RuleKind<HighlyToxicListRule> KIND = RuleKind.of("anxiao.safety.chemical-highly-toxic",
      List.of(LISTED_ABOVE), HighlyToxicListRule::bind);

  /**
   * Creates the record after checking every row.
   *
   * @param listedAbove the concentration threshold, %, by CAS number
   */
  public HighlyToxicListRule {
    Require.nonNull("listedAbove", listedAbove);
    ListRows.percentThresholds(listedAbove);
  }

  private static HighlyToxicListRule bind(RuleBinding b) {
    return new HighlyToxicListRule(b.get(LISTED_ABOVE));
  }
}
