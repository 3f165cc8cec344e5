package org.anxiao.logistics.food;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One ingredient purchase as recorded for the 阳光午餐 food-safety traceability platform (阳光午餐学校食品安全
 * 追溯管理平台): its id (delivery note or batch), the three traceability levels as recorded — ingredient
 * information (原料信息), supplier (供应商), production base (基地) — and whether it was uploaded to the
 * platform (上线). A level is present when its text is given. Immutable and thread-safe.
 *
 * @param id         the purchase's id, unique in its ledger
 * @param ingredient the ingredient's information (原料信息), when recorded
 * @param supplier   the supplier (供应商), when recorded
 * @param base       the production base or origin (基地), when recorded
 * @param online     true when the purchase was uploaded to the platform
 */
public record Purchase(String id, Optional<String> ingredient, Optional<String> supplier, Optional<String> base,
    boolean online) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id         the purchase's id
   * @param ingredient the ingredient information, if recorded
   * @param supplier   the supplier, if recorded
   * @param base       the production base, if recorded
   * @param online     uploaded to the platform
   */
  public Purchase {
    Bounds.code("id", id);
    Require.nonNull("ingredient", ingredient);
    ingredient.ifPresent(v -> Bounds.line("ingredient", v));
    Require.nonNull("supplier", supplier);
    supplier.ifPresent(v -> Bounds.line("supplier", v));
    Require.nonNull("base", base);
    base.ifPresent(v -> Bounds.line("base", v));
  }

  /** {@return the levels recorded} */
  public Set<TraceLevel> levels() {
    EnumSet<TraceLevel> s = EnumSet.noneOf(TraceLevel.class);
    ingredient.ifPresent(v -> s.add(TraceLevel.INGREDIENT));
    supplier.ifPresent(v -> s.add(TraceLevel.SUPPLIER));
    base.ifPresent(v -> s.add(TraceLevel.BASE));
    return s;
  }
}
