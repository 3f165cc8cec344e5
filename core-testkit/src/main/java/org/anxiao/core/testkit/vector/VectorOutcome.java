package org.anxiao.core.testkit.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.WireFormatException;

/** What the library gives on one generated input: an expected result, or an error code. */
public sealed interface VectorOutcome {
  /**
   * A result, in the form of the vector file's {@code expected}.
   *
   * @param expected the result
   */
  record Expected(JsonNode expected) implements VectorOutcome {
    /**
     * Checks the result is present.
     *
     * @param expected the result
     */
    public Expected {
      Objects.requireNonNull(expected, "expected");
    }
  }

  /**
   * A refusal: the stable error code the library raised.
   *
   * @param errorCode the code, e.g. {@code INVALID_VALUE}
   */
  record Refused(String errorCode) implements VectorOutcome {
    /**
     * Checks the code is present.
     *
     * @param errorCode the code
     */
    public Refused {
      Objects.requireNonNull(errorCode, "errorCode");
    }
  }

  /**
   * {@return the result {@code compute} gives, or the error code of the {@link AnxiaoException} it throws}
   * A document refused when read because it breaks a model rule ({@code JSON_INVALID_VALUE}) reports
   * the model's code, as the conformance files do for a document read as input. Other exceptions
   * propagate: they are bugs, not outcomes.
   *
   * @param compute the library's computation, rendered as {@code expected}
   */
  static VectorOutcome of(Supplier<? extends JsonNode> compute) {
    try {
      return new Expected(compute.get());
    } catch (AnxiaoException e) {
      return new Refused(code(e));
    }
  }

  private static String code(AnxiaoException e) {
    if (e instanceof WireFormatException w && w.modelError().isPresent()) {
      return code(w.modelError().get());
    }
    return e.errorCode();
  }
}
