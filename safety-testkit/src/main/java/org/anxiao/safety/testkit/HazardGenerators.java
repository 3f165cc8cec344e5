package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.hazard.FactorCode;
import org.anxiao.safety.hazard.Hazard;
import org.anxiao.safety.hazard.HazardEvent;
import org.anxiao.safety.hazard.HazardRegister;
import org.anxiao.safety.hazard.InspectionKind;
import org.quicktheories.core.Gen;

/**
 * Generators of hazards (隐患) and hazard registers (隐患台账) of a fictional Minhang school
 * ({@code S-MH-01}, jurisdiction 310112), with legal lifecycles from {@link HazardLifecycleGenerators};
 * GB/T 13861-2022 factor codes (1, 2, 4 or 6 digits: category 1–4, then pairs 01–99); and invalid
 * factor codes and hazard fields labelled with the code and field the library raises.
 */
public final class HazardGenerators {
  /** 闵行区 (Minhang, Shanghai). */
  public static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  /** The first day hazards are found. */
  public static final LocalDate FOUND = LocalDate.of(2024, 3, 5);

  private HazardGenerators() {}

  /**
   * {@return a hazard in area 2 / sub-task 2.4 (chemistry laboratory) found on {@code found} with {@code history}}
   *
   * @param id      the hazard's id
   * @param found   the day it was found
   * @param history its events, in date order
   */
  public static Hazard hazard(String id, LocalDate found, List<HazardEvent> history) {
    return new Hazard(id, "S-MH-01", MINHANG, "化学实验室", "2", Optional.of("2.4"), Optional.of(new FactorCode("2101")),
        Optional.of("08"), "化学实验室未安装防盗安全门", List.of("photo/lab.jpg"), found, "安全管理员",
        InspectionKind.SELF, "各学校", "安全管理中心", history);
  }

  /**
   * {@return hazards with id {@code id}, found 0–60 days after {@link #FOUND}, with a legal history}
   *
   * @param id the hazards' id
   */
  public static Gen<Hazard> hazards(String id) {
    return integers().between(0, 60).map(FOUND::plusDays).flatMap(found -> HazardLifecycleGenerators.histories(found).map(h -> hazard(id, found, h)));
  }

  /** {@return registers of 0–8 hazards with distinct ids H-1, H-2, …} */
  public static Gen<HazardRegister> registers() {
    return integers().between(0, 8).flatMap(n -> {
      Gen<List<Hazard>> all = integers().between(0, 0).map(z -> new ArrayList<>());
      for (int i = 1; i <= n; i++) {
        Gen<Hazard> next = hazards("H-" + i);
        all = all.zip(next, (list, h) -> {
          List<Hazard> more = new ArrayList<>(list);
          more.add(h);
          return more;
        });
      }
      return all.map(list -> HazardRegister.of("S-MH-01", MINHANG, list));
    });
  }

  /** {@return well-formed GB/T 13861-2022 factor codes of every level (1, 2, 4 or 6 digits)} */
  public static Gen<FactorCode> factorCodes() {
    return integers().between(1, 4).zip(integers().between(1, 9), integers().between(1, 99), integers().between(1, 99),
        integers().between(1, 4), (c, m, s, f, level) -> new FactorCode(switch (level) {
          case 1 -> "" + c;
          case 2 -> "" + c + m;
          case 3 -> "" + c + m + pair(s);
          default -> "" + c + m + pair(s) + pair(f);
        }));
  }

  /** {@return leaf factor codes (level 4, six digits)} */
  public static Gen<FactorCode> leafFactorCodes() {
    return integers().between(1, 4).zip(integers().between(1, 9), integers().between(1, 99), integers().between(1, 99),
        (c, m, s, f) -> new FactorCode("" + c + m + pair(s) + pair(f)));
  }

  private static String pair(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  /**
   * {@return malformed factor codes — a category 0 or 5–9, a second digit 0, a pair 00, 3 or 5 digits,
   * a letter — labelled {@code INVALID_VALUE} naming {@code factor}}
   */
  public static Gen<InvalidInput<FactorCode>> invalidFactorCodes() {
    return integers().between(0, 5).zip(leafFactorCodes(), integers().between(5, 9), (k, leaf, bad) -> {
      String v = leaf.value();
      String code = switch (k) {
        case 0 -> bad + v.substring(1);
        case 1 -> "0" + v.substring(1, 2);
        case 2 -> v.charAt(0) + "0";
        case 3 -> v.substring(0, 2) + "00" + v.substring(4);
        case 4 -> v.substring(0, 3 + (bad % 2) * 2);
        default -> v.substring(0, 3) + "a" + v.substring(4);
      };
      return InvalidInput.<FactorCode>of("factor code " + code, "INVALID_VALUE", "factor", () -> new FactorCode(code));
    });
  }

  /**
   * {@return hazards with a sub-task outside their area, or an accident type of neither GB 6441 shape,
   * labelled {@code INVALID_VALUE} naming {@code subTask} or {@code accidentType}}
   */
  public static Gen<InvalidInput<Hazard>> invalidHazards() {
    return integers().between(0, 1).zip(integers().between(1, 9), integers().between(100, 9_999), (k, area, n) -> {
      if (k == 0) {
        String other = (area % 9 + 1) + "." + (n % 10);
        return InvalidInput.<Hazard>of("sub-task " + other + " outside area " + area, "INVALID_VALUE", "subTask",
            () -> new Hazard("H-1", "S-MH-01", MINHANG, "校门", "" + area, Optional.of(other), Optional.empty(),
                Optional.empty(), "门岗保安员不足", List.of(), FOUND, "安全管理中心", InspectionKind.SELF, "各学校",
                "安全管理中心", List.of()));
      }
      String type = "" + n;
      return InvalidInput.<Hazard>of("accident type " + type, "INVALID_VALUE", "accidentType",
          () -> new Hazard("H-1", "S-MH-01", MINHANG, "校门", "" + area, Optional.empty(), Optional.empty(),
              Optional.of(type), "门岗保安员不足", List.of(), FOUND, "安全管理中心", InspectionKind.SELF, "各学校",
              "安全管理中心", List.of()));
    });
  }
}
