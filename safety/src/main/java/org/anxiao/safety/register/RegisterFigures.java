package org.anxiao.safety.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.safety.hazard.HazardGrade;

/**
 * The register figures of one group of hazards (a school, a district, a city, a province) over a
 * period: the KPIs overall and per grade, per area and per department ({@link Kpis}); dynamic
 * zeroing (重大事故隐患动态清零, 丽教办安〔2024〕10号 §一) — it holds when no major hazard open at the as-of
 * day is past its deadline and every major hazard open then has a complete 治理方案 (the five 落实 of
 * 安监总局令第16号 art. 15), the ids that break it listed; and the Minhang three-outcome summary per
 * department and in all (闵行 2022 §四(三)).
 *
 * <p>A group's figures are those of the union of its hazards: the KPIs of a district are computed
 * from its schools' hazards, never averaged from the schools' rates. Areas and departments appear
 * when at least one of the group's hazards was found on or before the as-of day. Immutable and
 * thread-safe.
 *
 * @param overall              the KPIs of all the group's hazards
 * @param byGrade              the KPIs per grade, every grade present
 * @param byArea               the KPIs per area code
 * @param byDepartment         the KPIs per responsible department
 * @param dynamicZeroing       true when no major hazard breaks dynamic zeroing
 * @param zeroingBreaches      the ids of the major hazards open at the as-of day that are overdue or
 *                             lack a complete plan, sorted
 * @param outcomesByDepartment the Minhang outcome counts per department
 * @param outcomes             the Minhang outcome counts of all the group's hazards
 */
public record RegisterFigures(Kpis overall, Map<HazardGrade, Kpis> byGrade, SortedMap<String, Kpis> byArea,
    SortedMap<String, Kpis> byDepartment, boolean dynamicZeroing, List<String> zeroingBreaches,
    SortedMap<String, OutcomeCounts> outcomesByDepartment, OutcomeCounts outcomes) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param overall              the KPIs of all
   * @param byGrade              per grade, every grade
   * @param byArea               per area
   * @param byDepartment         per department
   * @param dynamicZeroing       whether zeroing holds, exactly when there is no breach
   * @param zeroingBreaches      the breaking ids, sorted
   * @param outcomesByDepartment outcomes per department
   * @param outcomes             outcomes in all
   */
  public RegisterFigures {
    Require.nonNull("overall", overall);
    Bounds.size("byGrade", byGrade);
    EnumMap<HazardGrade, Kpis> grades = new EnumMap<>(HazardGrade.class);
    for (Map.Entry<HazardGrade, Kpis> e : byGrade.entrySet()) {
      grades.put(Require.nonNull("byGrade key", e.getKey()), Require.nonNull("byGrade." + e.getKey(), e.getValue()));
    }
    for (HazardGrade g : HazardGrade.values()) {
      Require.that(grades.containsKey(g), "byGrade", g, "must hold every grade");
    }
    byGrade = Collections.unmodifiableMap(grades);
    byArea = Bounds.codeMap("byArea", byArea);
    byDepartment = Bounds.codeMap("byDepartment", byDepartment);
    zeroingBreaches = Bounds.list("zeroingBreaches", zeroingBreaches);
    for (int i = 0; i < zeroingBreaches.size(); i++) {
      Bounds.code("zeroingBreaches[" + i + "]", zeroingBreaches.get(i));
      if (i > 0) {
        Require.thatElement(zeroingBreaches.get(i - 1).compareTo(zeroingBreaches.get(i)) < 0, "zeroingBreaches", i, "",
            zeroingBreaches.get(i), "must follow the id before it in sorted order, without repeats");
      }
    }
    Require.that(dynamicZeroing == zeroingBreaches.isEmpty(), "dynamicZeroing", dynamicZeroing,
        "must be true exactly when there is no breach");
    outcomesByDepartment = Bounds.codeMap("outcomesByDepartment", outcomesByDepartment);
    Require.nonNull("outcomes", outcomes);
  }
}
