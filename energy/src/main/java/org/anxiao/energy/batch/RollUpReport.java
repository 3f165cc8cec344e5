package org.anxiao.energy.batch;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * A year's roll-up of a batch (年度汇总): one line per school, in batch order, and one per district,
 * city and province, widest first and by code within a level; and every rule value used (the
 * factors' and the dual-control targets'). Immutable and thread-safe.
 *
 * @param year         the year rolled up
 * @param baselineYear the dual-control targets' baseline year
 * @param basis        the electricity basis of every kgce
 * @param schools      one line per school, in batch order
 * @param jurisdictions one line per jurisdiction the schools lie in, widest level first, by code within a level
 * @param rules        every rule value used
 */
public record RollUpReport(int year, int baselineYear, ElectricityBasis basis, List<RollUpLine> schools,
    List<RollUpLine> jurisdictions, List<AppliedRule> rules) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param year          the year
   * @param baselineYear  the baseline year, before {@code year}
   * @param basis         the electricity basis
   * @param schools       the school lines, at least one
   * @param jurisdictions the jurisdiction lines
   * @param rules         the rule values
   */
  public RollUpReport {
    Require.that(baselineYear < year, "baselineYear", baselineYear, "must be before the year {}", year);
    Require.nonNull("basis", basis);
    schools = Require.nonEmpty("schools", Bounds.list("schools", schools));
    jurisdictions = Bounds.list("jurisdictions", jurisdictions);
    rules = Bounds.list("rules", rules);
  }

  /**
   * {@return the line of {@code code}, when one of the schools lies in it}
   *
   * @param code a jurisdiction
   */
  public Optional<RollUpLine> jurisdiction(JurisdictionCode code) {
    Require.nonNull("code", code);
    return jurisdictions.stream().filter(l -> l.subject().id().equals(code.value())).findFirst();
  }

  /**
   * {@return the lines of one level, by code}
   *
   * @param level the level
   */
  public List<RollUpLine> level(JurisdictionLevel level) {
    Require.nonNull("level", level);
    return jurisdictions.stream().filter(l -> l.level().filter(level::equals).isPresent()).toList();
  }
}
