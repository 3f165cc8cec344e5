package org.anxiao.safety.hazard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;

/**
 * One hazard area (排查整治方面) of a hazard-area taxonomy, e.g. Minhang's area 2 校园消防安全、危化品管理方面
 * (闵行区校园安全专项整治工作实施方案, 2022, §四(一)), with its tasks. Immutable and thread-safe.
 *
 * @param code  the area's code, e.g. {@code 2}
 * @param name  the area's heading as the source words it (Chinese)
 * @param tasks the area's tasks in the source's order, at least one; each task's code is the area's
 *              code (a single, unnumbered task) or starts with the area's code and a dot; codes unique
 */
public record HazardArea(String code, String name, List<AreaTask> tasks) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code  the area's code
   * @param name  the area's heading as the source words it
   * @param tasks the area's tasks in the source's order
   * @throws InvalidValueException for no task, a task code outside the area, a repeated code, or an
   *     unnumbered task beside others
   */
  public HazardArea {
    Bounds.code("code", code);
    Bounds.line("name", name);
    tasks = Bounds.list("tasks", tasks);
    if (tasks.isEmpty()) {
      throw new InvalidValueException("tasks", "[]", "an area has at least one task");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      String t = tasks.get(i).code();
      boolean own = t.equals(code);
      if (own && tasks.size() > 1) {
        throw new InvalidValueException("tasks[" + i + "].code", t, "only an area's single task carries the area's code");
      }
      if (!own && !t.startsWith(code + ".")) {
        throw new InvalidValueException("tasks[" + i + "].code", t, "must be " + code + " or start with " + code + ".");
      }
      if (!codes.add(t)) {
        throw new InvalidValueException("tasks[" + i + "].code", t, "is listed twice");
      }
    }
  }

  /** {@return true when the area has numbered sub-tasks (a hazard may name one), false for a single task} */
  public boolean hasSubTasks() {
    return !tasks.get(0).code().equals(code);
  }
}
