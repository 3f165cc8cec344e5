package org.anxiao.safety.hazard;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;

/**
 * Who carries out or accepts a rectification (整改责任人、验收人): a department or role, and optionally the
 * person's name. A register names departments and roles; a person's name is personal data: it is
 * optional, redacted in {@link #toString()}, and dropped by {@link #withoutName()}, which a register
 * applies by default when written ({@link HazardRegister#toJson()}). Immutable and thread-safe.
 *
 * @param role the department or role, e.g. 总务处 or 安全管理员
 * @param name the person's name, when recorded (null is read as empty)
 */
public record Assignee(String role, Optional<String> name) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param role the department or role
   * @param name the person's name, when recorded (null is read as empty)
   */
  public Assignee {
    Bounds.line("role", role);
    name = Objects.requireNonNullElse(name, Optional.empty());
    name.ifPresent(n -> Bounds.line("name", n));
  }

  /**
   * {@return a department or role without a name}
   *
   * @param role the department or role
   */
  public static Assignee of(String role) {
    return new Assignee(role, Optional.empty());
  }

  /** {@return the same role without the person's name} */
  public Assignee withoutName() {
    return name.isEmpty() ? this : new Assignee(role, Optional.empty());
  }

  @Override
  public String toString() {
    return name.isPresent() ? role + " (name redacted)" : role;
  }
}
