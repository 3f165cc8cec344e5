/** Money in yuan (元) as exact {@link java.math.BigDecimal}, never {@code double}. */
package org.anxiao.core.money;
