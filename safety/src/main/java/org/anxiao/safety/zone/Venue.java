package org.anxiao.safety.zone;

import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A venue near a school (校园周边场所): its name, category and location, the location in whatever
 * system it was taken in (GPS, Amap, Baidu …) — it is converted before measuring. Immutable.
 *
 * @param name     the venue's name, one line
 * @param category its category
 * @param location where it is (its entrance, or the point of it nearest the school)
 */
public record Venue(String name, VenueCategory category, GeoPoint location) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param name     the venue's name, one non-blank line
   * @param category its category
   * @param location where it is, with its coordinate system
   */
  public Venue {
    Bounds.line("name", name);
    Require.nonNull("category", category);
    Require.nonNull("location", location);
  }
}
