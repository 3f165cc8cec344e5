package org.anxiao.core.school;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * Pupils and classes of one stage (分学段在校生数和班级数).
 *
 * @param stage   the stage
 * @param pupils  pupils enrolled, zero or more
 * @param classes classes (班级), zero only when there are no pupils
 */
public record StageEnrolment(SchoolStage stage, int pupils, int classes) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param stage   the stage
   * @param pupils  pupils enrolled, zero or more
   * @param classes classes (班级), zero only when there are no pupils
   */
  public StageEnrolment {
    Require.nonNull("stage", stage);
    Bounds.count("pupils", pupils);
    Bounds.count("classes", classes);
    Require.that((pupils == 0) == (classes == 0), "classes", classes,
        "is zero exactly when pupils is zero (pupils = {})", pupils);
    Require.that(classes <= pupils, "classes", classes, "cannot exceed pupils ({})", pupils);
  }
}
