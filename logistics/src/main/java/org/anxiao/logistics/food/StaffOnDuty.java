package org.anxiao.logistics.food;

import java.time.LocalDate;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A canteen worker on duty that day with the expiry date of their health certificate (从业人员健康证明;
 * 食品安全法 §45: food workers hold a valid health certificate). A certificate is valid on its expiry
 * date and expired from the day after. Immutable and thread-safe.
 *
 * @param name                the worker's name or staff id
 * @param certificateExpiry the last day the health certificate is valid; empty when none was shown
 */
public record StaffOnDuty(String name, Optional<LocalDate> certificateExpiry) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param name              the worker
   * @param certificateExpiry the certificate's last valid day, if any
   */
  public StaffOnDuty {
    Bounds.line("name", name);
    Require.nonNull("certificateExpiry", certificateExpiry);
    certificateExpiry.ifPresent(d -> Bounds.date("certificateExpiry", d));
  }

  /**
   * {@return true when the worker holds a certificate valid on {@code day} (expiry on or after it)}
   *
   * @param day the day of work
   */
  public boolean certifiedOn(LocalDate day) {
    Bounds.date("day", day);
    return certificateExpiry.isPresent() && !certificateExpiry.get().isBefore(day);
  }
}
