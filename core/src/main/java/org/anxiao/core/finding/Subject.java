package org.anxiao.core.finding;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * What a finding is about: a kind and the caller's id for it ({@code SCHOOL 31011200001},
 * {@code GATE main/east}).
 *
 * @param kind the kind of subject
 * @param id   its id
 */
public record Subject(SubjectKind kind, String id) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind the kind of subject
   * @param id   its id
   */
  public Subject {
    Require.nonNull("kind", kind);
    Bounds.code("id", id);
  }

  /**
   * Shorthand for the constructor.
   *
   * @param kind the kind of subject
   * @param id   the subject's id
   * @return the subject
   */
  public static Subject of(SubjectKind kind, String id) {
    return new Subject(kind, id);
  }
}
