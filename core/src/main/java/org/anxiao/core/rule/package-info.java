/**
 * Rule packs (规则包): versioned, cited, dated rules as data — the model
 * ({@link org.anxiao.core.rule.RulePack}, typed {@link org.anxiao.core.rule.Parameter}s,
 * {@link org.anxiao.core.rule.Citation}, {@link org.anxiao.core.rule.Verification}), reading with
 * schema validation ({@link org.anxiao.core.rule.RulePackReader}), and selection by jurisdiction
 * and date with narrower jurisdictions overriding wider ones, and pinning
 * ({@link org.anxiao.core.rule.RulePackRegistry}). Results record the values they used as
 * {@link org.anxiao.core.rule.AppliedRule}s.
 */
@NullMarked
package org.anxiao.core.rule;

import org.jspecify.annotations.NullMarked;
