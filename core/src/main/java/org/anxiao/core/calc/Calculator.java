package org.anxiao.core.calc;

import java.util.List;
import org.anxiao.core.rule.RuleKind;

/**
 * A calculator (计算器) as every module writes one: a stable id, the rule kinds it reads, and — once
 * resolved from a {@link org.anxiao.core.rule.RuleContext} — methods that take model values and
 * return {@link CalculationResult}s.
 *
 * <p>The contract, shared by every calculator in every module:
 * <ul>
 *   <li>it is resolved once per context ({@code X.in(context)}), binding each kind it
 *       {@linkplain #requirements() requires} through the context, and never looks a parameter up
 *       by name;</li>
 *   <li>it reads every bound value through a {@link org.anxiao.core.rule.RuleTrace} under the
 *       context's {@link org.anxiao.core.rule.VerificationPolicy}, so an unverified figure never
 *       drives a result without the caller's consent;</li>
 *   <li>its results carry the {@link org.anxiao.core.rule.AppliedRule}s they used and become an
 *       {@link org.anxiao.core.finding.Assessment} with one call;</li>
 *   <li>it is immutable and thread-safe: resolve once, call from many threads.</li>
 * </ul>
 */
public interface Calculator {
  /** {@return the calculator's stable id} */
  CalculatorId id();

  /** {@return the rule kinds it reads, bound when it is resolved} */
  List<RuleKind<?>> requirements();
}
