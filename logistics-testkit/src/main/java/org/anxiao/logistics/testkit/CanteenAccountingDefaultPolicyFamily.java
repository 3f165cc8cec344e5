package org.anxiao.logistics.testkit;

import org.anxiao.core.rule.VerificationPolicy;

/**
 * Vectors on demand of canteen accounting under the default policy ({@code logistics.canteen-accounting.default-policy}):
 * the inputs of {@link CanteenAccountingFamily}, the example pack's UNVERIFIED values refused, so the figures use the
 * example readings (DEPRECIATION_ASSUMED, BASIS_ASSUMED) and every threshold check is NOT_CHECKED. A vector file has
 * one group and so one policy: this is the second family of the calculator.
 */
public final class CanteenAccountingDefaultPolicyFamily extends CanteenAccountingFamily {
  /** The family under {@code DEFAULT}. */
  public CanteenAccountingDefaultPolicyFamily() {
    super("logistics.canteen-accounting.default-policy", VerificationPolicy.DEFAULT);
  }
}
