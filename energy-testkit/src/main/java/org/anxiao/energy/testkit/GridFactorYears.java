package org.anxiao.energy.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.energy.carbon.GridFactorRule;

/**
 * The year switch of the shipped MEE grid-factor packs ({@code cn.mee.grid-factors.<year>}, each in
 * force in its data year only): read from the standard registry's catalogue, not re-typed, so the
 * edges follow the packs. For every pack, its first day and the day before, and the day after the
 * last one's end; for each day, the pack in force on it (none before the first year and after the
 * last: the carbon calculator then refuses with {@code RULE_NOT_FOUND}).
 */
public final class GridFactorYears {
  private GridFactorYears() {}

  /**
   * A day at a switch and the MEE pack in force on it.
   *
   * @param day      the context's date
   * @param inForce  the MEE pack in force on {@code day}, none when no year covers it
   */
  public record Switch(LocalDate day, Optional<PackRef> inForce) {}

  /** {@return the headers of the shipped MEE grid-factor packs, earliest first day first} */
  public static List<PackHeader> packs() {
    return RulePackRegistry.standard().catalogue().stream().filter(h -> h.kind().equals(GridFactorRule.MEE.id()))
        .sorted(Comparator.comparing(PackHeader::validFrom)).toList();
  }

  /**
   * {@return the MEE pack in force on {@code day} by the catalogue's validity dates, if any}
   *
   * @param day the day
   */
  public static Optional<PackRef> inForceOn(LocalDate day) {
    return packs().stream().filter(h -> !day.isBefore(h.validFrom()) && h.validTo().map(to -> !day.isAfter(to)).orElse(true))
        .map(PackHeader::ref).reduce((a, b) -> {
          throw new IllegalStateException("two MEE packs in force on " + day + ": " + a + ", " + b);
        });
  }

  /** {@return for each pack the day before its first day and its first day, then the day after the last pack's end} */
  public static List<Switch> switches() {
    List<Switch> out = new ArrayList<>();
    List<PackHeader> all = packs();
    for (PackHeader h : all) {
      out.add(new Switch(h.validFrom().minusDays(1), inForceOn(h.validFrom().minusDays(1))));
      out.add(new Switch(h.validFrom(), inForceOn(h.validFrom())));
    }
    all.get(all.size() - 1).validTo().ifPresent(to -> out.add(new Switch(to.plusDays(1), inForceOn(to.plusDays(1)))));
    return out;
  }
}
