package org.anxiao.energy.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleQuery;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.energy.dualcontrol.EnergyQuotaRule;
import org.anxiao.energy.dualcontrol.QuotaTier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Edge cases of the shipped energy quotas ({@code sh.db31-783.university-quotas}): for every
 * category, the energy per floor area (kgce/m²) exactly on the guide, benchmark and ceiling — the
 * tier at or below it — and one hundredth above each — the next tier. The thresholds are read from
 * the pack through the registry, not re-typed.
 */
public final class QuotaEdges {
  /** The shipped university quotas' pack id. */
  public static final String PACK = "sh.db31-783.university-quotas";
  private static final BigDecimal STEP = new BigDecimal("0.01");

  private QuotaEdges() {}

  /**
   * One edge: a figure of a category and the tier it must fall in.
   *
   * @param category      the quota category, e.g. {@code UNDERGRADUATE}
   * @param energyPerArea the annual energy per floor area, kgce/m²
   * @param expected      the tier
   */
  public record Edge(String category, BigDecimal energyPerArea, QuotaTier expected) {}

  /** {@return the quota rule bound in Shanghai on the pack's first day} */
  public static EnergyQuotaRule rule() {
    LocalDate first = EnergyPacks.firstDay(PACK);
    return RulePackRegistry.standard().bind(EnergyQuotaRule.KIND, RuleQuery.of(EnergyQuotaRule.KIND.id(),
        JurisdictionCode.of("310000"), first)).value();
  }

  /** {@return every edge of every category of the shipped quotas, in category order} */
  public static List<Edge> all() {
    EnergyQuotaRule rule = rule();
    List<Edge> edges = new ArrayList<>();
    for (String category : new TreeSet<>(rule.ceiling().value().keys())) {
      BigDecimal guide = value(rule.guide().value(), category);
      BigDecimal benchmark = value(rule.benchmark().value(), category);
      BigDecimal ceiling = value(rule.ceiling().value(), category);
      edges.add(new Edge(category, BigDecimal.ZERO, QuotaTier.WITHIN_GUIDE));
      edges.add(new Edge(category, guide, QuotaTier.WITHIN_GUIDE));
      edges.add(new Edge(category, guide.add(STEP), QuotaTier.WITHIN_BENCHMARK));
      edges.add(new Edge(category, benchmark, QuotaTier.WITHIN_BENCHMARK));
      edges.add(new Edge(category, benchmark.add(STEP), QuotaTier.WITHIN_CEILING));
      edges.add(new Edge(category, ceiling, QuotaTier.WITHIN_CEILING));
      edges.add(new Edge(category, ceiling.add(STEP), QuotaTier.OVER_CEILING));
    }
    return edges;
  }

  /** {@return the edges, drawn} */
  public static Gen<Edge> edges() {
    return Generate.pick(all());
  }

  private static BigDecimal value(RuleTable<String> table, String category) {
    return new BigDecimal(table.applied(category).value());
  }
}
