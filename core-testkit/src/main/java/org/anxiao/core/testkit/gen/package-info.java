/**
 * QuickTheories generators of core's public types — values, money and jurisdictions by level
 * ({@link org.anxiao.core.testkit.gen.ValueGenerators}), unit codes, measures and quantities by
 * kind ({@link org.anxiao.core.testkit.gen.UnitGenerators}), periods of each kind
 * ({@link org.anxiao.core.testkit.gen.PeriodGenerators}), schools with campuses, gates and
 * buildings ({@link org.anxiao.core.testkit.gen.SchoolGenerators}), rosters
 * ({@link org.anxiao.core.testkit.gen.RosterGenerators}), coordinates and boundaries in each
 * reference system ({@link org.anxiao.core.testkit.gen.GeoGenerators}), rule packs, findings,
 * scorecards and batch parts — valid by default; edge cases around thresholds
 * ({@link org.anxiao.core.testkit.gen.Boundaries}, grade bands, period ends, the shipped
 * crowded-place uses); and invalid inputs labelled with their error codes and fields
 * ({@link org.anxiao.core.testkit.gen.InvalidInput}).
 */
package org.anxiao.core.testkit.gen;
