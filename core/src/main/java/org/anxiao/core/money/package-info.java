/** Money in yuan (元) as exact {@link java.math.BigDecimal}, never {@code double}. */
@NullMarked
package org.anxiao.core.money;

import org.jspecify.annotations.NullMarked;
