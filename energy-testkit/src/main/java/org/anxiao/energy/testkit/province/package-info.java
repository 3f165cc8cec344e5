/**
 * A seeded synthetic province for roll-up jobs: {@link org.anxiao.energy.testkit.province.SyntheticProvince}
 * generates the schools table ({@link org.anxiao.energy.testkit.province.ProvinceSchool}) and the
 * readings table ({@link org.anxiao.energy.testkit.province.ProvinceReading}) of Shanghai's 16
 * districts, monthly or at 15 minutes, with gaps, meter replacements, mixed units and injected bad
 * rows labelled with the error each must raise ({@link org.anxiao.energy.testkit.province.BadReading}).
 * Pure Java and deterministic: the same seed and settings give equal tables.
 */
package org.anxiao.energy.testkit.province;
