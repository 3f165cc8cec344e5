package org.anxiao.core.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Contributions.Entry;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.UnitContribution;

/**
 * The unit vocabulary: core's codes merged with every provider's {@link UnitContribution}s. Three
 * maps, each one-to-one where it must be: code → unit, unit → code (writing a quantity looks its code
 * up once per value), quantity type → reference unit. Immutable.
 */
final class UnitTable {
  static final String SECTION = "unit";

  final Map<String, Unit<?>> byCode;
  final Map<Unit<?>, String> codeOf;
  final Map<Class<?>, Unit<?>> byType;
  final SortedSet<String> codes;

  private UnitTable(Map<String, Entry<Unit<?>>> byCode, Map<Unit<?>, Entry<String>> codeOf,
      Map<Class<?>, Entry<Unit<?>>> byType) {
    this.byCode = values(byCode);
    this.codeOf = values(codeOf);
    this.byType = values(byType);
    this.codes = Collections.unmodifiableSortedSet(new TreeSet<>(byCode.keySet()));
  }

  private static <K, V> Map<K, V> values(Map<K, Entry<V>> entries) {
    Map<K, V> m = new HashMap<>();
    for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
      m.put(e.getKey(), e.getValue().value());
    }
    return Map.copyOf(m);
  }

  /**
   * Core's codes and reference units merged with the contributions of {@code providers}. A scaled
   * contribution may name a base code that core or any provider defines, in any order.
   *
   * @throws VocabularyException when a code, a unit or a quantity type gets two meanings, or a scaled
   *                             unit's base code is defined nowhere
   */
  static UnitTable merge(Map<String, Unit<?>> coreByCode, Map<Class<? extends Quantity<?>>, Unit<?>> coreByType,
      List<AnxiaoVocabulary> providers) {
    Map<String, Entry<Unit<?>>> byCode = new LinkedHashMap<>();
    Map<Unit<?>, Entry<String>> codeOf = new HashMap<>();
    Map<Class<?>, Entry<Unit<?>>> byType = new HashMap<>();
    for (Map.Entry<String, Unit<?>> core : coreByCode.entrySet()) {
      byCode.put(core.getKey(), new Entry<>(Contributions.CORE, core.getValue()));
      codeOf.put(core.getValue(), new Entry<>(Contributions.CORE, core.getKey()));
    }
    for (Map.Entry<Class<? extends Quantity<?>>, Unit<?>> core : coreByType.entrySet()) {
      byType.put(core.getKey(), new Entry<>(Contributions.CORE, core.getValue()));
    }
    if (providers.isEmpty()) {
      return new UnitTable(byCode, codeOf, byType);
    }

    List<Entry<UnitContribution>> pending = new ArrayList<>(
        Contributions.collect(SECTION, providers, AnxiaoVocabulary::units));
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Iterator<Entry<UnitContribution>> it = pending.iterator(); it.hasNext(); ) {
        Entry<UnitContribution> e = it.next();
        UnitContribution c = e.value();
        Unit<?> unit = c.unit().orElse(null);
        if (unit == null) {
          Entry<Unit<?>> base = byCode.get(c.baseCode().orElseThrow());
          if (base == null) {
            continue;
          }
          unit = scaled(c.code(), base.value(), c.factor().orElseThrow());
        }
        enter(byCode, codeOf, byType, e.provider(), c, unit);
        it.remove();
        progress = true;
      }
    }
    if (!pending.isEmpty()) {
      Entry<UnitContribution> e = pending.get(0);
      throw new VocabularyException(VocabularyException.INVALID, SECTION, e.value().code(),
          "is defined by " + e.provider() + " as a multiple of " + e.value().baseCode().orElseThrow()
              + ", a code that neither core nor any provider defines (or the definitions form a cycle)", null);
    }
    return new UnitTable(byCode, codeOf, byType);
  }

  private static void enter(Map<String, Entry<Unit<?>>> byCode, Map<Unit<?>, Entry<String>> codeOf,
      Map<Class<?>, Entry<Unit<?>>> byType, String provider, UnitContribution c, Unit<?> unit) {
    if (Contributions.put(SECTION, byCode, c.code(), new Entry<>(provider, unit), Object::equals, UnitTable::describe)) {
      Entry<String> other = codeOf.putIfAbsent(unit, new Entry<>(provider, c.code()));
      if (other != null) {
        throw new VocabularyException(VocabularyException.CLASH, SECTION, c.code(),
            "is defined by " + provider + " as " + describe(unit) + ", the unit that " + other.provider()
                + " already gives the code " + other.value() + "; a unit has one code, or writing it would be ambiguous",
            null);
      }
    }
    c.quantityType().ifPresent(type -> Contributions.put("quantity type", byType, type, new Entry<>(provider, unit),
        Object::equals, u -> "reference unit " + describe(u)));
  }

  private static <Q extends Quantity<Q>> Unit<Q> scaled(String code, Unit<Q> base, BigDecimal factor) {
    return AnxiaoUnits.scaled(code, base, factor);
  }

  /** A unit in words for messages: its symbol, its size in system units and its dimension. */
  static String describe(Unit<?> unit) {
    return describeTyped(unit);
  }

  private static <Q extends Quantity<Q>> String describeTyped(Unit<Q> unit) {
    Unit<Q> system = unit.getSystemUnit();
    UnitConverter toSystem = unit.getConverterTo(system);
    if (toSystem.isIdentity()) {
      return unit + " (a system unit, dimension " + unit.getDimension() + ")";
    }
    String size = toSystem.isLinear()
        ? AnxiaoUnits.toBigDecimal(toSystem.convert(BigDecimal.ONE)).stripTrailingZeros().toPlainString() + " " + system
        : toSystem + " of " + system;
    return unit + " (1 " + unit + " = " + size + ")";
  }
}
