/**
 * The 200 m school safety zone (学校周边安全区域 / 学生安全区域): coordinates in their reference system
 * (WGS-84, CGCS2000, GCJ-02, BD-09) and the conversions between them ({@link
 * org.anxiao.safety.zone.Coordinates}), geodesic distances on the WGS-84 ellipsoid with GeographicLib
 * ({@link org.anxiao.safety.zone.Geodesy}), a campus boundary checked to be a simple polygon
 * ({@link org.anxiao.safety.zone.CampusBoundary}), and the zone check on core's calculator contract
 * ({@link org.anxiao.safety.zone.SafetyZones}): which venues of a restricted category lie within the
 * radius the packs in force give that category, measured from any point of the campus boundary.
 */
@NullMarked
package org.anxiao.safety.zone;

import org.jspecify.annotations.NullMarked;
