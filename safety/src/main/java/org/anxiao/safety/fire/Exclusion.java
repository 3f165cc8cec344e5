package org.anxiao.safety.fire;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A circumstance in which a hazard is not judged major (不判定为重大火灾隐患的情形), e.g. GB
 * 35181-2017 5.1.3 依法进行了消防设计专家评审，并已采取相应技术措施的. The caller claims it by
 * {@link #code()}; whether the circumstance holds is the caller's finding, not the library's.
 * Immutable and thread-safe.
 *
 * @param code   a stable code, e.g. {@code EXPERT_REVIEW_MEASURES_TAKEN}
 * @param clause the clause, e.g. {@code 5.1.3}
 * @param title  the circumstance, briefly
 */
public record Exclusion(String code, String clause, LocalizedText title) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code   a stable code
   * @param clause the clause
   * @param title  the circumstance
   */
  public Exclusion {
    Bounds.code("code", code);
    Require.that(code.matches("[A-Z][A-Z0-9_]*"), "code", code, "must be an upper-case code such as OPERATION_STOPPED");
    Bounds.line("clause", clause);
    Require.nonNull("title", title);
  }
}
