package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/** The concentration check shared by the lookup and the stored item: a mass fraction 0 &lt; c ≤ 100 %. */
final class Concentrations {
  static final String FIELD = "concentration";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Concentrations() {}

  static Optional<BigDecimal> check(Optional<BigDecimal> concentration) {
    Require.nonNull(FIELD, concentration);
    concentration.ifPresent(c -> {
      Bounds.positive(FIELD, c);
      if (c.compareTo(HUNDRED) > 0) {
        throw new InvalidValueException(FIELD, c.toPlainString(), "a mass fraction is at most 100 %");
      }
    });
    return concentration;
  }
}
