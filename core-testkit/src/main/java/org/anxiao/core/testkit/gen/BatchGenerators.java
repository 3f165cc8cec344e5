package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.quicktheories.core.Gen;

/**
 * Generators of the batch types' parts: per-item failures ({@link Failure}: index, optional key,
 * error code, field and value), columns of doubles and of exact decimals.
 */
public final class BatchGenerators {
  private BatchGenerators() {}

  /** {@return failures at indexes 0–10000 with optional keys, fields and values of awkward text} */
  public static Gen<Failure> failures() {
    Gen<Optional<String>> text = ValueGenerators.texts().toOptionals(50);
    Gen<Optional<String>> line = ValueGenerators.lines().toOptionals(50);
    return integers().between(0, 10_000).zip(line, line, text, (i, k, f, v) ->
        new Failure(i, k, "INVALID_VALUE", f, v, "must be greater than zero"));
  }

  /**
   * {@return columns of up to {@code maxSize} doubles drawn from {@code values}}
   *
   * @param values  the values, e.g. {@link ValueGenerators#wideDoubles()}
   * @param maxSize the longest column
   */
  public static Gen<double[]> columns(Gen<Double> values, int maxSize) {
    return lists().of(values).ofSizeBetween(0, maxSize).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** {@return columns of up to 40 exact decimals of {@link ValueGenerators#decimals()}} */
  public static Gen<List<BigDecimal>> decimalColumns() {
    return lists().of(ValueGenerators.decimals()).ofSizeBetween(0, 40);
  }
}
