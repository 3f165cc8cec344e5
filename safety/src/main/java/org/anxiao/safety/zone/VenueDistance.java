package org.anxiao.safety.zone;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;

/**
 * One venue's place against the zone (场所距离判定): its geodesic distance from the campus boundary in
 * metres, rounded half to even to the millimetre (0 inside the campus), the radius the rule gives its
 * category (when read) and its {@link VenueStatus}. The rounded distance is what is compared: at most
 * the radius is {@link VenueStatus#INSIDE_ZONE} (exactly the radius is inside).
 *
 * <p>Invariants: distance ≥ 0 with at most 3 decimals, distance and radius in canonical form (no
 * trailing zeros: {@code 150}, not {@code 150.000}); a radius, positive, exactly when the status is
 * INSIDE_ZONE or OUTSIDE_ZONE; INSIDE_ZONE ⇔ distance ≤ radius. Immutable.
 *
 * @param venue    the venue
 * @param distance metres from the campus boundary, to the millimetre
 * @param radius   the category's radius in metres, when the rule restricts it and it was read
 * @param status   the verdict
 */
public record VenueDistance(Venue venue, BigDecimal distance, Optional<BigDecimal> radius, VenueStatus status) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param venue    the venue
   * @param distance metres, ≥ 0, at most 3 decimals
   * @param radius   the radius, present exactly for INSIDE_ZONE and OUTSIDE_ZONE
   * @param status   the verdict, consistent with distance and radius
   */
  public VenueDistance {
    Require.nonNull("venue", venue);
    distance = Decimals.canonical("distance", Bounds.nonNegative("distance", distance));
    Require.that(distance.scale() <= 3, "distance", distance.toPlainString(), "has at most 3 decimals (millimetres)");
    Require.nonNull("radius", radius);
    Require.nonNull("status", status);
    boolean judged = status == VenueStatus.INSIDE_ZONE || status == VenueStatus.OUTSIDE_ZONE;
    Require.that(radius.isPresent() == judged, "radius", radius, "is present exactly when the status is INSIDE_ZONE "
        + "or OUTSIDE_ZONE, not " + status);
    if (radius.isPresent()) {
      BigDecimal r = Decimals.canonical("radius", Bounds.positive("radius", radius.get()));
      radius = Optional.of(r);
      boolean within = distance.compareTo(r) <= 0;
      Require.that(within == (status == VenueStatus.INSIDE_ZONE), "status", status,
          "must be INSIDE_ZONE exactly when distance " + distance.toPlainString() + " ≤ radius " + r.toPlainString());
    }
  }
}
