package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.register.RegisterEntry;
import org.quicktheories.core.Gen;

/**
 * Generators of hazard-register rows for the KPIs (隐患台账统计): 0 to 60 hazards found from
 * 1 February to 30 April 2022, in four districts of three provinces (310112, 331102, 370102,
 * 370103), eight units, areas 1–4, three departments, a quarter of them major, deadlines 0–30 days
 * after finding (a quarter without), closing 0–40 days after (a third still open) and random flags.
 * A register is a function of its seed, so a counter-example is reproducible from the seed alone.
 */
public final class RegisterGenerators {
  /** The districts the rows are in. */
  public static final List<JurisdictionCode> PLACES = List.of(JurisdictionCode.of("310112"),
      JurisdictionCode.of("331102"), JurisdictionCode.of("370102"), JurisdictionCode.of("370103"));
  /** The departments responsible. */
  public static final List<String> DEPARTMENTS = List.of("安全管理中心", "学前科", "法制科");

  private RegisterGenerators() {}

  /**
   * {@return the register rows drawn from {@code seed}}
   *
   * @param seed the seed
   */
  public static List<RegisterEntry> entries(long seed) {
    Random r = new Random(seed);
    int n = r.nextInt(61);
    List<RegisterEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate found = LocalDate.of(2022, 2, 1).plusDays(r.nextInt(89));
      Optional<LocalDate> deadline = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(found.plusDays(r.nextInt(31)));
      Optional<LocalDate> closed = r.nextInt(3) == 0 ? Optional.empty() : Optional.of(found.plusDays(r.nextInt(41)));
      int unit = r.nextInt(8);
      out.add(new RegisterEntry("H" + r.nextInt(1000) + "-" + i, "S" + unit, PLACES.get(unit % PLACES.size()),
          Integer.toString(1 + r.nextInt(4)), DEPARTMENTS.get(r.nextInt(DEPARTMENTS.size())),
          r.nextInt(4) == 0 ? HazardGrade.MAJOR : HazardGrade.GENERAL, found, deadline, closed, r.nextInt(5) == 0,
          r.nextBoolean()));
    }
    return out;
  }

  /** {@return registers: the rows of {@link #entries(long)} for any seed} */
  public static Gen<List<RegisterEntry>> registers() {
    return longs().all().map(RegisterGenerators::entries);
  }

  /** {@return registers split into their departments' parts (one list per department, in department order)} */
  public static Gen<List<List<RegisterEntry>>> byDepartment() {
    return registers().map(rows -> DEPARTMENTS.stream()
        .map(d -> rows.stream().filter(e -> e.department().equals(d)).toList()).toList());
  }
}
