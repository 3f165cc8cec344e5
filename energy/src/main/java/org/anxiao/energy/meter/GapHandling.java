package org.anxiao.energy.meter;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Require;

/**
 * What to do with the uncovered days of a month (缺测处理): refuse them ({@link #reject()}, a
 * {@link DataGapException} naming the meter and month), or estimate them by a stated method
 * ({@link #linear()}, {@link #profile(MonthlyProfile)}), every estimate flagged in the result.
 *
 * <p>Invariants: {@code profile} is given exactly when {@code method} is {@link EstimationMethod#PROFILE}.
 * Immutable and thread-safe.
 *
 * @param method  the estimation method, or empty to refuse gaps
 * @param profile the twelve-month shape, for {@link EstimationMethod#PROFILE} only
 */
public record GapHandling(Optional<EstimationMethod> method, Optional<MonthlyProfile> profile) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param method  the estimation method, or empty to refuse gaps
   * @param profile the twelve-month shape, for {@link EstimationMethod#PROFILE} only
   */
  public GapHandling {
    method = Objects.requireNonNullElse(method, Optional.empty());
    profile = Objects.requireNonNullElse(profile, Optional.empty());
    boolean needsProfile = method.equals(Optional.of(EstimationMethod.PROFILE));
    if (needsProfile && profile.isEmpty()) {
      throw new MissingValueException("the PROFILE method scales a caller's profile", "profile");
    }
    if (!needsProfile && profile.isPresent()) {
      throw new InvalidValueException("profile", profile.get().weights(), "applies to the PROFILE method only, not "
          + method.map(Object::toString).orElse("rejecting gaps"));
    }
  }

  /** {@return the handling that refuses every gap} */
  public static GapHandling reject() {
    return new GapHandling(Optional.empty(), Optional.empty());
  }

  /** {@return the handling that estimates gaps by {@link EstimationMethod#LINEAR}} */
  public static GapHandling linear() {
    return new GapHandling(Optional.of(EstimationMethod.LINEAR), Optional.empty());
  }

  /**
   * {@return the handling that estimates gaps by {@link EstimationMethod#PROFILE}}
   *
   * @param profile the twelve-month shape
   */
  public static GapHandling profile(MonthlyProfile profile) {
    return new GapHandling(Optional.of(EstimationMethod.PROFILE), Optional.of(Require.nonNull("profile", profile)));
  }
}
