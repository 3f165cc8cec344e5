/** Coordinates tagged with their reference system (WGS-84, CGCS2000, GCJ-02, BD-09) and boundaries. */
@NullMarked
package org.anxiao.core.geo;

import org.jspecify.annotations.NullMarked;
