package org.anxiao.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * Partial results (部分成功结果) of a batch: the values of the inputs that succeeded and one
 * {@link Failure} for each input that did not, both in input order.
 *
 * <p>{@link #apply(List, Function)} runs a calculation over every input and keeps going past bad
 * ones: an input whose calculation throws an {@link AnxiaoException} (the library's documented
 * exception for bad input) becomes a failure and yields no value; any other exception — a bug,
 * not bad data — propagates at once, and nothing is swallowed. So for a batch built by
 * {@code apply}, {@code values().size() + failures().size()} is the number of inputs; a failure
 * is never lost by {@link #map}, {@link #flatMap} or {@link #combinedWith}, and a failed input
 * never has a value.
 *
 * <p>The values do not carry their input's index: when a caller needs to match values to inputs,
 * the value type should carry the input's identity (a school id, a meter id), and failures the
 * same identity as their {@link Failure#key() key}.
 *
 * <p>Wire form: {@code {"values": [...], "failures": [...]}} with each value in its own wire form;
 * a reader needs the value type, e.g. {@code new TypeReference<ValuesWithFailures<Measure>>() {}}
 * with {@link org.anxiao.core.json.AnxiaoJson#mapperCopy()}.
 *
 * <p>Immutable and thread-safe when the values are.
 *
 * @param <T>      the type of a value
 * @param values   the values of the inputs that succeeded, in input order; no nulls
 * @param failures the failures, in input order; no nulls
 */
public record ValuesWithFailures<T>(List<T> values, List<Failure> failures) {
  private static final ValuesWithFailures<?> EMPTY = new ValuesWithFailures<>(List.of(), List.of());
  /** How many failures {@link #toString()} lists before it only counts. */
  private static final int SHOWN_FAILURES = 3;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param values   the values of the inputs that succeeded, in input order; no nulls
   * @param failures the failures, in input order; no nulls
   */
  public ValuesWithFailures {
    values = Require.nonNullElements("values", values);
    failures = Require.nonNullElements("failures", failures);
  }

  /**
   * {@return values and failures as given}
   *
   * @param <T>      the type of a value
   * @param values   the values; no nulls
   * @param failures the failures; no nulls
   */
  public static <T> ValuesWithFailures<T> of(List<T> values, List<Failure> failures) {
    return new ValuesWithFailures<>(values, failures);
  }

  /**
   * {@return no values and no failures}
   *
   * @param <T> the type of a value
   */
  @SuppressWarnings("unchecked")
  public static <T> ValuesWithFailures<T> empty() {
    return (ValuesWithFailures<T>) EMPTY;
  }

  /**
   * {@return {@code function} applied to each input, in order: its result becomes a value, an
   * {@link AnxiaoException} it throws becomes a {@link Failure} with the input's index} A null
   * input becomes a {@code MISSING_VALUE} failure without calling the function.
   *
   * @param <I>      the type of an input
   * @param <T>      the type of a value
   * @param inputs   the inputs, in order
   * @param function the calculation of one input
   * @throws InvalidValueException when the function returns null (return a value or throw)
   * @throws RuntimeException      any exception of the function other than an {@link AnxiaoException}, as thrown
   */
  public static <I, T> ValuesWithFailures<T> apply(List<? extends I> inputs, Function<? super I, ? extends T> function) {
    return run(inputs, null, function);
  }

  /**
   * As {@link #apply(List, Function)}, with each failure also carrying the caller's key of its
   * input, {@code keyOf(input)}. The key is computed only for inputs that fail; a null key is
   * left out.
   *
   * @param <I>      the type of an input
   * @param <T>      the type of a value
   * @param inputs   the inputs, in order
   * @param keyOf    the caller's key of an input
   * @param function the calculation of one input
   * @return the values of the inputs that succeeded and the failures of the others, each in input order
   */
  public static <I, T> ValuesWithFailures<T> apply(List<? extends I> inputs, Function<? super I, String> keyOf,
      Function<? super I, ? extends T> function) {
    return run(inputs, Require.nonNull("keyOf", keyOf), function);
  }

  private static <I, T> ValuesWithFailures<T> run(List<? extends I> inputs, @Nullable Function<? super I, String> keyOf,
      Function<? super I, ? extends T> function) {
    Require.nonNull("inputs", inputs);
    Require.nonNull("function", function);
    List<T> values = new ArrayList<>(inputs.size());
    List<Failure> failures = new ArrayList<>();
    int index = 0;
    for (I input : inputs) {
      if (input == null) {
        failures.add(new Failure(index, Optional.empty(), MissingValueException.CODE, Optional.empty(),
            Optional.empty(), "the input is null"));
        index++;
        continue;
      }
      T value;
      try {
        value = function.apply(input);
      } catch (AnxiaoException e) {
        failures.add(failure(index, input, keyOf, e));
        index++;
        continue;
      }
      if (value == null) {
        throw new InvalidValueException("inputs[" + index + "]", null,
            "the function returned null; it must return a value or throw an AnxiaoException");
      }
      values.add(value);
      index++;
    }
    return new ValuesWithFailures<>(values, failures);
  }

  private static <I> Failure failure(
      int index, I input, @Nullable Function<? super I, String> keyOf, AnxiaoException e) {
    if (keyOf == null) {
      return Failure.of(index, e);
    }
    String key;
    try {
      key = keyOf.apply(input);
    } catch (RuntimeException keyError) {
      keyError.addSuppressed(e);
      throw keyError;
    }
    return key == null ? Failure.of(index, e) : Failure.of(index, key, e);
  }

  /** {@return true when at least one input failed} */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /**
   * {@return this batch's values then {@code other}'s, and this batch's failures then {@code other}'s}
   *
   * @param other the batch to append
   */
  public ValuesWithFailures<T> combinedWith(ValuesWithFailures<? extends T> other) {
    Require.nonNull("other", other);
    if (other.values.isEmpty() && other.failures.isEmpty()) {
      return this;
    }
    List<T> v = new ArrayList<>(values.size() + other.values.size());
    v.addAll(values);
    v.addAll(other.values);
    List<Failure> f = new ArrayList<>(failures.size() + other.failures.size());
    f.addAll(failures);
    f.addAll(other.failures);
    return new ValuesWithFailures<>(v, f);
  }

  /**
   * {@return a collector that combines batches in encounter order, as {@link #combinedWith} does: for the
   * parts of one large batch, e.g. {@code chunks.stream().map(...).collect(toCombined())}}
   *
   * @param <T> the type of a value
   */
  public static <T> Collector<ValuesWithFailures<T>, ?, ValuesWithFailures<T>> toCombined() {
    return Collector.<ValuesWithFailures<T>, List<ValuesWithFailures<T>>, ValuesWithFailures<T>>of(
        ArrayList::new,
        (parts, part) -> parts.add(Require.nonNull("part", part)),
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        ValuesWithFailures::concat);
  }

  private static <T> ValuesWithFailures<T> concat(List<ValuesWithFailures<T>> parts) {
    List<T> v = new ArrayList<>();
    List<Failure> f = new ArrayList<>();
    for (ValuesWithFailures<T> part : parts) {
      v.addAll(part.values);
      f.addAll(part.failures);
    }
    return new ValuesWithFailures<>(v, f);
  }

  /**
   * {@return each value mapped with {@code function}; the failures unchanged} The function must not fail:
   * any exception it throws propagates (use {@link #flatMap} for a step that can fail per value).
   *
   * @param <R>      the type of a mapped value
   * @param function the mapping of one value
   * @throws InvalidValueException when the function returns null
   */
  public <R> ValuesWithFailures<R> map(Function<? super T, ? extends R> function) {
    Require.nonNull("function", function);
    List<R> mapped = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      R r = function.apply(values.get(i));
      if (r == null) {
        throw new InvalidValueException("values[" + i + "]", null, "the function returned null");
      }
      mapped.add(r);
    }
    return new ValuesWithFailures<>(mapped, failures);
  }

  /**
   * {@return each value turned into a batch of its own by {@code function}, all concatenated: the values
   * of the results in order, and this batch's failures followed by the results' failures in
   * order} A next step that can fail per value returns its failures here.
   *
   * @param <R>      the type of a result value
   * @param function the next step for one value
   * @throws InvalidValueException when the function returns null
   */
  public <R> ValuesWithFailures<R> flatMap(Function<? super T, ? extends ValuesWithFailures<? extends R>> function) {
    Require.nonNull("function", function);
    List<R> v = new ArrayList<>(values.size());
    List<Failure> f = new ArrayList<>(failures);
    for (int i = 0; i < values.size(); i++) {
      ValuesWithFailures<? extends R> r = function.apply(values.get(i));
      if (r == null) {
        throw new InvalidValueException("values[" + i + "]", null, "the function returned null");
      }
      v.addAll(r.values);
      f.addAll(r.failures);
    }
    return new ValuesWithFailures<>(v, f);
  }

  /**
   * {@return this batch with {@code more} failures after its own}
   *
   * @param more the failures to append; no nulls
   */
  public ValuesWithFailures<T> withFailures(List<Failure> more) {
    Require.nonNull("more", more);
    if (more.isEmpty()) {
      return this;
    }
    List<Failure> f = new ArrayList<>(failures.size() + more.size());
    f.addAll(failures);
    f.addAll(more);
    return new ValuesWithFailures<>(values, f);
  }

  /**
   * A summary for logs: the number of values and failures and the first few failures; values are
   * not printed (a batch can hold millions).
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ValuesWithFailures[values=").append(values.size())
        .append(", failures=").append(failures.size());
    for (int i = 0; i < Math.min(SHOWN_FAILURES, failures.size()); i++) {
      sb.append(i == 0 ? ": " : "; ").append(failures.get(i));
    }
    if (failures.size() > SHOWN_FAILURES) {
      sb.append("; …");
    }
    return sb.append(']').toString();
  }
}
