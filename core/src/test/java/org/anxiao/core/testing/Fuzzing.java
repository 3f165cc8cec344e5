package org.anxiao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;

/**
 * What every fuzz target asserts: a public entry point given any input either returns or throws an
 * {@link AnxiaoException}. Anything else it throws propagates out of the fuzz target, and the fuzzer
 * reports it as a finding with the input that caused it.
 */
public final class Fuzzing {
  private Fuzzing() {}

  /** The result of {@code call}, or empty when it refused the input with an {@link AnxiaoException}. */
  public static <T> Optional<T> attempt(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (AnxiaoException refused) {
      return Optional.empty();
    }
  }

  /** As {@link #attempt(Supplier)} for a call without a result; true when it accepted the input. */
  public static boolean accepts(Runnable call) {
    try {
      call.run();
      return true;
    } catch (AnxiaoException refused) {
      return false;
    }
  }

  /**
   * Reads {@code json} as a {@code type} document strict (schema, then binding) and lenient, and binds it
   * without the schema; each ends in a value or an {@code AnxiaoException}. A document the strict reader
   * accepts writes, reads back equal, and writes the same bytes again. The body of every document fuzz
   * target, in every module.
   *
   * @param type the document type
   * @param json the fuzzer's bytes
   * @param <T>  the document's Java type
   */
  public static <T> void readDocument(DocumentType<T> type, byte[] json) {
    Optional<T> strict = attempt(() -> AnxiaoJson.strict().readDocument(new ByteArrayInputStream(json), type));
    attempt(() -> AnxiaoJson.lenient().readDocument(new ByteArrayInputStream(json), type));
    attempt(() -> AnxiaoJson.strict().read(json, type.javaType()));
    strict.ifPresent(value -> {
      String written = AnxiaoJson.strict().write(value);
      assertEquals(value, AnxiaoJson.strict().readDocument(written, type), "read, written and read again");
      assertEquals(written, AnxiaoJson.strict().write(AnxiaoJson.strict().readDocument(written, type)),
          "written twice, the same bytes");
    });
  }
}
