package org.anxiao.safety.risk;

import java.util.List;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;

/**
 * Grades a risk on a risk matrix (风险矩阵法): likelihood L against severity S, the cell's level from the
 * matrix in force ({@link RiskMatrixRule}) — by bands of R = L × S or cell by cell.
 *
 * <p>Which matrix applies follows core's pack selection: along the jurisdiction's chain, narrowest
 * first, the narrowest pack in force that defines {@code matrix} wins. A school in Shandong (370000 or
 * below) therefore gets the Shandong matrix {@code sd.customary.risk-matrix}, which is UNVERIFIED:
 * under {@link VerificationPolicy#DEFAULT} grading there fails with {@code RULE_UNVERIFIED} until the
 * caller either accepts it ({@code context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)}) or
 * selects the national customary matrix instead ({@code context.atLeast(Verification.SECONDARY)},
 * which drops packs below SECONDARY at selection). Elsewhere the national matrix
 * {@code cn.customary.risk-matrix} applies. A caller with its own matrix registers a pack of its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class RiskMatrices implements Calculator {
  /** The calculator id, {@code anxiao.safety.risk-matrix}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.risk-matrix");
  /** The grade of a risk-matrix assessment. */
  public static final FindingCode MATRIX_GRADED = FindingCode.of("SAFETY.RISK.MATRIX_GRADED");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(RiskMatrices.class, "messages");

  private final BoundRules<RiskMatrixRule> rules;
  private final VerificationPolicy policy;

  private RiskMatrices(BoundRules<RiskMatrixRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the matrix in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date, selection floor and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static RiskMatrices in(RuleContext context) {
    Require.nonNull("context", context);
    return new RiskMatrices(context.bind(RiskMatrixRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound matrix rule
   * @param policy the verification policy applied to the rule's values
   */
  public static RiskMatrices of(BoundRules<RiskMatrixRule> rules, VerificationPolicy policy) {
    return new RiskMatrices(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(RiskMatrixRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<RiskMatrixRule> rules() {
    return rules;
  }

  /**
   * {@return the grade of the cell at {@code likelihood} and {@code severity}}
   *
   * @param subject    what is graded
   * @param likelihood L, 1 to the matrix's likelihood levels
   * @param severity   S, 1 to the matrix's severity levels
   * @throws org.anxiao.core.error.InvalidValueException naming {@code likelihood} or {@code severity} when
   *     outside the matrix
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the matrix is below the
   *     policy's level
   */
  public RiskMatrixGrade grade(Subject subject, int likelihood, int severity) {
    Require.nonNull("subject", subject);
    RuleTrace trace = RuleTrace.under(policy);
    RiskCell cell = trace.use(rules.value().matrix()).cell(likelihood, severity);
    RiskLevel level = cell.level();
    LocalizedText label = cell.label().orElse(level.label());
    String colour = cell.colour().orElse(level.hexColour());
    int product = likelihood * severity;
    Finding finding = Finding.builder()
        .code(MATRIX_GRADED)
        .severity(Grades.severity(level))
        .subject(subject)
        .message(MESSAGES.format(MATRIX_GRADED, String.valueOf(product), String.valueOf(likelihood),
            String.valueOf(severity), label.zh(), label.en()))
        .rules(trace.applied())
        .build();
    return new RiskMatrixGrade(subject, likelihood, severity, product, level, label, colour, trace.applied(),
        rules.packs(), List.of(finding));
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
