package org.anxiao.energy.testkit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;

/**
 * The energy module's shipped packs as the standard registry holds them: their headers and first
 * days, read through the public API rather than re-typed, so that edge cases follow the packs.
 */
public final class EnergyPacks {
  private EnergyPacks() {}

  /**
   * {@return the header of the earliest-starting shipped version of pack {@code id}}
   *
   * @param id a pack id, e.g. {@code cn.gbt2589.coal-equivalent}
   * @throws IllegalArgumentException when the standard registry holds no such pack
   */
  public static PackHeader header(String id) {
    return versions(id).get(0);
  }

  /**
   * {@return every shipped version of pack {@code id}, earliest first day first}
   *
   * @param id a pack id
   * @throws IllegalArgumentException when the standard registry holds no such pack
   */
  public static List<PackHeader> versions(String id) {
    List<PackHeader> found = RulePackRegistry.standard().catalogue().stream().filter(h -> h.id().equals(id))
        .sorted(Comparator.comparing(PackHeader::validFrom)).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no shipped pack " + id);
    }
    return found;
  }

  /**
   * {@return the first day pack {@code id} is in force (its earliest shipped version's {@code validFrom})}
   *
   * @param id a pack id, e.g. {@code sh.db31-783.electricity-primary} (2021-04-01)
   */
  public static LocalDate firstDay(String id) {
    return header(id).validFrom();
  }

  /**
   * {@return the days around a pack's first day: the day before (no pack in force), the first day and the day after}
   *
   * @param id a pack id
   */
  public static List<LocalDate> aroundFirstDay(String id) {
    LocalDate first = firstDay(id);
    return List.of(first.minusDays(1), first, first.plusDays(1));
  }

  /**
   * {@return the shipped pack itself, its earliest version}
   *
   * @param id a pack id
   */
  public static RulePack pack(String id) {
    return RulePackRegistry.standard().pack(header(id).ref());
  }
}
