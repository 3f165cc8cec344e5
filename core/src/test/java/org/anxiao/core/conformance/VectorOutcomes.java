package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * What every vector runner of every module shares: a vector's outcome — a result checked against
 * {@code expected}, or the error code of {@code expectedError} — the library's code behind a
 * wire-format wrapper, binding an input with the strict reader, and numeric comparison of decimals.
 * Public in core's test jar for the domain modules' runners.
 */
public final class VectorOutcomes {
  private VectorOutcomes() {}

  /**
   * Runs {@code action}; checks an expected error code, or hands the result to {@code check}.
   *
   * @param test   the vector
   * @param action what computes the result
   * @param check  what checks the result against the vector's {@code expected}
   * @param <T>    the result's type
   */
  public static <T> void expect(JsonNode test, Supplier<T> action, BiConsumer<T, JsonNode> check) {
    JsonNode expectedError = test.get("expectedError");
    T result;
    try {
      result = action.get();
    } catch (AnxiaoException e) {
      String code = errorCode(e);
      if (expectedError == null) {
        throw new AssertionError("expected a result, got " + code + ": " + e.getMessage(), e);
      }
      assertEquals(expectedError.asText(), code, () -> "error code; message: " + e.getMessage());
      return;
    }
    if (expectedError != null) {
      fail("expected error " + expectedError.asText() + ", got a result: " + result);
    }
    check.accept(result, test.path("expected"));
  }

  /**
   * {@return the verification policy a group or test names in {@code parameters.policy}:
   * {@code DEFAULT} (also when absent) or {@code ALLOW_UNVERIFIED}}
   *
   * @param parameters the group's or test's parameters
   */
  public static VerificationPolicy policy(JsonNode parameters) {
    return switch (parameters.path("policy").asText("DEFAULT")) {
      case "DEFAULT" -> VerificationPolicy.DEFAULT;
      case "ALLOW_UNVERIFIED" -> VerificationPolicy.ALLOW_UNVERIFIED;
      default -> throw new AssertionError("unknown policy " + parameters.path("policy"));
    };
  }

  /**
   * {@return the rule context a group's {@code parameters} give: the standard packs plus its
   * {@code testPacks} ({@link ConformanceRunner#registryWithTestPacks}), {@code jurisdiction}, {@code date},
   * {@code policy} ({@link #policy}) and, when given, the selection floor {@code atLeast}}
   *
   * @param file       the vector file
   * @param parameters the group's parameters
   */
  public static RuleContext context(ConformanceRunner.VectorFile file, JsonNode parameters) {
    RuleContext context = RuleContext.of(ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks")),
        JurisdictionCode.of(parameters.path("jurisdiction").asText()), LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(policy(parameters));
    if (parameters.has("atLeast")) {
      context = context.atLeast(Verification.valueOf(parameters.path("atLeast").asText()));
    }
    return context;
  }

  /**
   * Checks the packs in force against the group's {@code packs}, when the group states them.
   *
   * @param parameters the group's parameters
   * @param packs      the result's packs, narrowest first
   */
  public static void checkPacks(JsonNode parameters, List<PackRef> packs) {
    if (parameters.has("packs")) {
      assertEquals(texts(parameters.path("packs")), packs.stream().map(PackRef::toString).toList(), "packs in force");
    }
  }

  /**
   * Checks the rule values read against {@code expected.rules}, as {@code pack@version/parameter} in first-use order.
   *
   * @param expected the vector's expected result
   * @param rules    the result's rules applied
   */
  public static void checkRules(JsonNode expected, List<AppliedRule> rules) {
    assertEquals(texts(expected.path("rules")), rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList(),
        "rules read");
  }

  /**
   * {@return the texts of a JSON array of strings, in order}
   *
   * @param array the array
   */
  public static List<String> texts(JsonNode array) {
    assertTrue(array.isArray(), "expected an array, got " + array);
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * {@return the library's error code, seen through a wire-format wrapper around a model invariant}
   *
   * @param e the exception
   */
  public static String errorCode(AnxiaoException e) {
    if (e instanceof WireFormatException w && w.modelError().isPresent()) {
      return errorCode(w.modelError().get());
    }
    return e.errorCode();
  }

  /**
   * Checks {@code actual} equals the decimal text {@code expected}, numerically.
   *
   * @param what     what is compared, for the message
   * @param expected the expected decimal as text
   * @param actual   the computed value
   */
  public static void assertDecimal(String what, JsonNode expected, BigDecimal actual) {
    BigDecimal want = new BigDecimal(expected.asText());
    assertTrue(want.compareTo(actual) == 0, () -> what + ": expected " + want.toPlainString() + ", got "
        + actual.toPlainString());
  }

  /**
   * {@return {@code node} bound to {@code type} by the strict wire reader}
   *
   * @param node the JSON
   * @param type the type
   * @param <T>  the type
   */
  public static <T> T bind(JsonNode node, Class<T> type) {
    return AnxiaoJson.strict().read(node.toString(), type);
  }
}
