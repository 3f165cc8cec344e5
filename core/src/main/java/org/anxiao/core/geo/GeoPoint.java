package org.anxiao.core.geo;

import org.anxiao.core.internal.Require;

/**
 * A point on the earth in degrees, tagged with its {@link CoordinateSystem}.
 *
 * @param latitude  degrees north, −90 to 90
 * @param longitude degrees east, −180 to 180
 * @param system    the reference system the numbers are in
 */
public record GeoPoint(double latitude, double longitude, CoordinateSystem system) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param latitude  degrees north, −90 to 90
   * @param longitude degrees east, −180 to 180
   * @param system    the reference system the numbers are in
   */
  public GeoPoint {
    Require.finite("latitude", latitude);
    Require.finite("longitude", longitude);
    Require.that(latitude >= -90 && latitude <= 90, "latitude", latitude, "must be between -90 and 90");
    Require.that(longitude >= -180 && longitude <= 180, "longitude", longitude, "must be between -180 and 180");
    Require.nonNull("system", system);
  }
}
