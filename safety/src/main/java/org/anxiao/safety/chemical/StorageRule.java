package org.anxiao.safety.chemical;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The hazardous-chemical storage rule (危险化学品储存管理), bound from packs of kind
 * {@code anxiao.safety.chemical-storage}:
 * <ul>
 *   <li>{@code controlledCabinetControls} — the controls a cabinet holding a 剧毒 or 易制爆 chemical
 *       needs (双人双锁 and a ledger: this project's specification, {@code SECONDARY});</li>
 *   <li>{@code separatePrecursorCabinets} — whether 易制毒 and 易制爆 chemicals must be kept in
 *       separate cabinets (specification, {@code SECONDARY});</li>
 *   <li>{@code underOil} — CAS numbers that must be kept under oil (sodium, potassium);</li>
 *   <li>{@code roomControls} (optional) — the controls the chemistry laboratory or hazardous-chemical
 *       store itself needs: the Minhang pack (闵行区校园安全专项整治工作实施方案, 2022, 四、9, seed
 *       {@code OFFICIAL_TEXT}) gives 视频监控, 入侵报警装置, 防盗安全门, 防盗保险柜.</li>
 * </ul>
 * Packs layer by jurisdiction: the Minhang pack adds {@code roomControls} over the national one.
 * Checked when bound: every {@code underOil} entry is a valid CAS number. Immutable and thread-safe.
 *
 * @param controlledCabinetControls controls of a cabinet holding 剧毒 or 易制爆 chemicals
 * @param separatePrecursorCabinets whether 易制毒 and 易制爆 chemicals need separate cabinets
 * @param underOil                  CAS numbers that must be stored under oil
 * @param roomControls              controls of the room, when a pack in force gives them
 */
public record StorageRule(RuleValue<Set<StorageControl>> controlledCabinetControls,
    RuleValue<Boolean> separatePrecursorCabinets, RuleValue<List<String>> underOil,
    Optional<RuleValue<Set<StorageControl>>> roomControls) {
  static final ParameterSpec<Set<StorageControl>> CABINET_CONTROLS =
      ParameterSpec.enumSet("controlledCabinetControls", StorageControl.class);
  static final ParameterSpec<Boolean> SEPARATE = ParameterSpec.flag("separatePrecursorCabinets");
  static final ParameterSpec<List<String>> UNDER_OIL = ParameterSpec.textList("underOil");
  static final ParameterSpec<Set<StorageControl>> ROOM_CONTROLS =
      ParameterSpec.enumSet("roomControls", StorageControl.class).optional();

  /** The rule kind {@code anxiao.safety.chemical-storage}. */
  public static final RuleKind<StorageRule> KIND = RuleKind.of("anxiao.safety.chemical-storage",
      List.of(CABINET_CONTROLS, SEPARATE, UNDER_OIL, ROOM_CONTROLS), StorageRule::bind);

  /**
   * Creates the record after checking every {@code underOil} entry is a CAS number.
   *
   * @param controlledCabinetControls controls of a cabinet holding 剧毒 or 易制爆 chemicals
   * @param separatePrecursorCabinets whether 易制毒 and 易制爆 chemicals need separate cabinets
   * @param underOil                  CAS numbers that must be stored under oil
   * @param roomControls              controls of the room, when given
   */
  public StorageRule {
    Require.nonNull("controlledCabinetControls", controlledCabinetControls);
    Require.nonNull("separatePrecursorCabinets", separatePrecursorCabinets);
    Require.nonNull("underOil", underOil);
    Require.nonNull("roomControls", roomControls);
    Object values = underOil.value();
    if (!(values instanceof List<?> list)) {
      throw new org.anxiao.core.error.InvalidValueException("underOil", underOil.applied().value(), "is not a text list");
    }
    for (int i = 0; i < list.size(); i++) {
      Object entry = list.get(i);
      try {
        CasNumber.of(String.valueOf(entry));
      } catch (AnxiaoException e) {
        throw new RulePackException(RulePackException.INVALID,
            underOil.applied().pack() + "#/parameters/underOil/values/" + i, String.valueOf(entry),
            "is not a valid CAS number: " + e.rule());
      }
    }
  }

  private static StorageRule bind(RuleBinding b) {
    return new StorageRule(b.get(CABINET_CONTROLS), b.get(SEPARATE), b.get(UNDER_OIL), b.find(ROOM_CONTROLS));
  }
}
