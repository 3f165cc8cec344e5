package org.anxiao.safety.fire;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;

/** Buildings, dates and engines the fire tests share. */
final class FireCases {
  /** A day GB 35181-2017 is in force. */
  static final LocalDate Y2024 = LocalDate.of(2024, 9, 1);
  /** The last day of GB 35181-2017. */
  static final LocalDate LAST_2017 = LocalDate.of(2025, 10, 31);
  /** The first day of GB 35181-2025. */
  static final LocalDate FIRST_2025 = LocalDate.of(2025, 11, 1);
  /** A day GB 35181-2025 is in force. */
  static final LocalDate Y2026 = LocalDate.of(2026, 3, 1);
  static final JurisdictionCode CN = JurisdictionCode.of("CN");
  static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");

  private FireCases() {}

  static Building building(BuildingUse use) {
    return Building.builder().id("b-" + use.name().toLowerCase(java.util.Locale.ROOT)).name(use.label().zh()).use(use)
        .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).build();
  }

  static MajorFireHazards engine(LocalDate date) {
    return MajorFireHazards.in(RuleContext.standard(CN, date));
  }

  static MajorFireHazards engine(LocalDate date, VerificationPolicy policy) {
    return MajorFireHazards.in(RuleContext.standard(CN, date).withPolicy(policy));
  }

  static HazardCase of(BuildingUse use, String... elements) {
    return HazardCase.of(building(use), List.of(elements));
  }

  static HazardCase declared(BuildingUse use, Set<PremisesType> declared, String... elements) {
    return new HazardCase(building(use), declared, List.of(elements), List.of());
  }
}
