package org.anxiao.safety.hazard;

import java.util.List;
import org.anxiao.core.internal.Bounds;

/**
 * One task (任务分工) of a hazard area, with the parties the source names for it: 闵行区校园安全专项整治
 * 工作实施方案 (2022) §四(一) gives each task its 责任主体 (responsible subjects: the schools, or a
 * bureau office), 责任部门 (the bureau's responsible departments) and, for some, 配合部门 or 配合单位
 * (cooperating departments or units). Immutable and thread-safe.
 *
 * @param code                   the task's code: {@code <area>.<n>} for the n-th numbered task of an
 *                               area (①②③④ → {@code 2.1}…{@code 2.4}), or the area's own code for
 *                               an area with a single, unnumbered task
 * @param task                   the task as the source words it (Chinese), one line
 * @param responsibleSubjects    责任主体, at least one
 * @param responsibleDepartments 责任部门 (empty when the source names none, e.g. area 10)
 * @param cooperating            配合部门 / 配合单位 (empty when the source names none)
 */
public record AreaTask(String code, String task, List<String> responsibleSubjects,
    List<String> responsibleDepartments, List<String> cooperating) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code                   the task's code
   * @param task                   the task as the source words it
   * @param responsibleSubjects    责任主体, at least one
   * @param responsibleDepartments 责任部门
   * @param cooperating            配合部门 / 配合单位
   */
  public AreaTask {
    Bounds.code("code", code);
    Bounds.line("task", task);
    responsibleSubjects = Lines.list("responsibleSubjects", responsibleSubjects, true);
    responsibleDepartments = Lines.list("responsibleDepartments", responsibleDepartments, false);
    cooperating = Lines.list("cooperating", cooperating, false);
  }
}
