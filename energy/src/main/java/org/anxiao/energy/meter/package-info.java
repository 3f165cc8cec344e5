/**
 * Meters and readings (计量表与读数): a platform's raw meter data — cumulative register readings
 * with rollovers and meter replacements, or interval values — turned into monthly
 * {@link org.anxiao.energy.carrier.Consumption}s per meter, with gaps detected and either refused
 * or estimated by a stated method, and the data sufficiency of the result (after CalTRACK).
 *
 * <p>Times are wall-clock {@link java.time.LocalDateTime}s in Asia/Shanghai (UTC+8, no daylight
 * saving), the time zone of every {@link org.anxiao.core.time.Period}.
 */
@NullMarked
package org.anxiao.energy.meter;

import org.jspecify.annotations.NullMarked;
