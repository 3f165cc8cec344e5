/**
 * QuickTheories generators of core's public types — values, periods, schools with campuses, gates
 * and buildings, coordinates, rule packs, findings and scorecards — valid by default, edge cases
 * around thresholds ({@link org.anxiao.core.testkit.gen.Boundaries}) and invalid inputs labelled
 * with their error codes ({@link org.anxiao.core.testkit.gen.InvalidInput}).
 */
package org.anxiao.core.testkit.gen;
