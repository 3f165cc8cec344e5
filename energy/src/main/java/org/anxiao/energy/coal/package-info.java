/**
 * Standard coal equivalent (折标准煤) per GB/T 2589-2020: the rule kind and its calculator.
 */
@NullMarked
package org.anxiao.energy.coal;

import org.jspecify.annotations.NullMarked;
