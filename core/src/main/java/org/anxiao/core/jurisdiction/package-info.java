/**
 * Administrative divisions (行政区划) by GB/T 2260 code, with parent chains for roll-ups
 * (province → city → county → school) and for rule-pack inheritance.
 */
@NullMarked
package org.anxiao.core.jurisdiction;

import org.jspecify.annotations.NullMarked;
