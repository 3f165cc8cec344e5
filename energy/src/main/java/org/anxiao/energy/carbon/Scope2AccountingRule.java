package org.anxiao.energy.carbon;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * How Scope 2 is accounted (范围二核算口径), bound from packs of kind {@code anxiao.energy.scope2-accounting}:
 * which residual-mix row market-based figures use, what counts at zero, and how exported PV is
 * treated. The bundled national pack {@code cn.scope2-accounting} takes the readings the spec states:
 * green power bought and settled (绿电) and unbundled certificates (绿证) at zero, the rest at the
 * national factor excluding market-traded non-fossil electricity; Shanghai's rule that
 * inter-provincial green power counts at zero only through the designated exchange
 * (沪环气候〔2023〕89号) is addressed to carbon-trading companies, so it is a switch that no bundled
 * pack turns on; exported PV is never netted against imports. Immutable and thread-safe.
 *
 * @param residualRegion                   the grid-factor row of the residual mix, e.g. {@code CN-RESIDUAL}
 * @param greenPowerAtZero                 whether settled green power counts at zero
 * @param certificatesAtZero               whether unbundled green certificates count at zero
 * @param greenPowerRequiresDesignatedExchange whether green power counts at zero only when bought
 *                                         through the designated exchange
 * @param netExportedPv                    whether exported PV is deducted from imports
 */
public record Scope2AccountingRule(RuleValue<String> residualRegion, RuleValue<Boolean> greenPowerAtZero,
    RuleValue<Boolean> certificatesAtZero, RuleValue<Boolean> greenPowerRequiresDesignatedExchange,
    RuleValue<Boolean> netExportedPv) {

  static final ParameterSpec<String> RESIDUAL_REGION = ParameterSpec.text("residualRegion");
  static final ParameterSpec<Boolean> GREEN_POWER_AT_ZERO = ParameterSpec.flag("greenPowerAtZero");
  static final ParameterSpec<Boolean> CERTIFICATES_AT_ZERO = ParameterSpec.flag("certificatesAtZero");
  static final ParameterSpec<Boolean> DESIGNATED_EXCHANGE = ParameterSpec.flag("greenPowerRequiresDesignatedExchange");
  static final ParameterSpec<Boolean> NET_EXPORTED_PV = ParameterSpec.flag("netExportedPv");

  /** The rule kind {@code anxiao.energy.scope2-accounting}. */
  public static final RuleKind<Scope2AccountingRule> KIND = RuleKind.of("anxiao.energy.scope2-accounting",
      List.of(RESIDUAL_REGION, GREEN_POWER_AT_ZERO, CERTIFICATES_AT_ZERO, DESIGNATED_EXCHANGE, NET_EXPORTED_PV),
      b -> new Scope2AccountingRule(b.get(RESIDUAL_REGION), b.get(GREEN_POWER_AT_ZERO), b.get(CERTIFICATES_AT_ZERO),
          b.get(DESIGNATED_EXCHANGE), b.get(NET_EXPORTED_PV)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param residualRegion                       the residual-mix row
   * @param greenPowerAtZero                     whether settled green power counts at zero
   * @param certificatesAtZero                   whether certificates count at zero
   * @param greenPowerRequiresDesignatedExchange whether the designated exchange is required
   * @param netExportedPv                        whether exported PV is netted
   */
  public Scope2AccountingRule {
    Require.nonNull("residualRegion", residualRegion);
    Require.nonNull("greenPowerAtZero", greenPowerAtZero);
    Require.nonNull("certificatesAtZero", certificatesAtZero);
    Require.nonNull("greenPowerRequiresDesignatedExchange", greenPowerRequiresDesignatedExchange);
    Require.nonNull("netExportedPv", netExportedPv);
  }
}
