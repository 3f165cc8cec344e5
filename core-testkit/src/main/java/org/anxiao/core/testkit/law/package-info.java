/**
 * Reusable laws for property tests — monotone, additive, roll-up, round trips, pack invariance,
 * one grade per input, agreement and refusal — run against any implementation given as a function.
 */
package org.anxiao.core.testkit.law;
