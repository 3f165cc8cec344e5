package org.anxiao.safety.fire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.Verification;

/**
 * One counting rule in a determination (综合判定计数): which elements found it counts and what
 * became of it. Invariants: no element counted when the rule does not apply; {@code MET} exactly
 * when the rule applied and the count reached its threshold. Immutable and thread-safe.
 *
 * @param parameter    the pack parameter holding the rule, e.g. {@code countingRule1}
 * @param rule         the rule
 * @param verification the rule's verification level
 * @param status       what became of it
 * @param counted      the elements found that it counts, in clause order
 */
public record RuleCount(String parameter, CountingRule rule, Verification verification, CountStatus status,
    List<String> counted) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param parameter    the pack parameter holding the rule
   * @param rule         the rule
   * @param verification the rule's verification level
   * @param status       what became of it
   * @param counted      the elements found that it counts
   */
  public RuleCount {
    Bounds.code("parameter", parameter);
    Require.nonNull("rule", rule);
    Require.nonNull("verification", verification);
    Require.nonNull("status", status);
    counted = Bounds.list("counted", counted);
    Require.that(status != CountStatus.NOT_APPLICABLE || counted.isEmpty(), "counted", counted,
        "no element is counted under a rule that does not apply");
    if (status == CountStatus.MET || status == CountStatus.NOT_MET) {
      Require.that((status == CountStatus.MET) == reached(rule, counted), "status", status,
          "MET exactly when the count reaches the threshold");
    }
  }

  private static boolean reached(CountingRule rule, List<String> counted) {
    return counted.size() >= rule.atLeast();
  }

  /** {@return the number of elements counted} */
  @JsonIgnore
  public int count() {
    return counted.size();
  }

  /** {@return true when the count reaches the threshold, whether or not the rule was applied} */
  @JsonIgnore
  public boolean thresholdReached() {
    return reached(rule, counted);
  }
}
