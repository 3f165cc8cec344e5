package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * The inspector's answer for one checklist item: a score, or deductions from the maximum
 * (扣完为止 — deductions beyond the maximum leave zero, as inspection sheets state), or not
 * applicable (不适用). A veto item may be marked as failed.
 *
 * <p>Invariants: {@code SCORED} has exactly one of a score or deductions; {@code NOT_APPLICABLE}
 * has neither and is never vetoed.
 *
 * @param itemId        the item
 * @param status        scored or not applicable
 * @param score         points awarded, zero or more
 * @param deductions    deductions from the item's maximum
 * @param vetoTriggered the veto item failed (only for veto items)
 * @param note          inspector's remark
 */
public record ItemResponse(String itemId, Status status, Optional<BigDecimal> score, List<Deduction> deductions,
    boolean vetoTriggered, Optional<String> note) {

  /** Whether an item was scored. */
  public enum Status {
    /** Scored, directly or by deductions. */
    SCORED,
    /** Does not apply to this school (e.g. no boarding); its weight is re-distributed. */
    NOT_APPLICABLE
  }

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param itemId        the item
   * @param status        scored or not applicable
   * @param score         points awarded, zero or more
   * @param deductions    deductions from the item's maximum
   * @param vetoTriggered the veto item failed (only for veto items)
   * @param note          inspector's remark
   */
  public ItemResponse {
    Bounds.code("itemId", itemId);
    Require.nonNull("status", status);
    score = Objects.requireNonNullElse(score, Optional.empty());
    deductions = Bounds.list("deductions", Objects.requireNonNullElse(deductions, List.of()));
    note = Objects.requireNonNullElse(note, Optional.empty());
    note.ifPresent(n -> Bounds.nonBlankText("note", n));
    score.ifPresent(s -> Bounds.nonNegative("score", s));
    if (status == Status.SCORED) {
      Require.that(score.isPresent() != !deductions.isEmpty(), "score", score.orElse(null),
          "give either a score or deductions for item {}", itemId);
    } else {
      Require.that(score.isEmpty() && deductions.isEmpty() && !vetoTriggered, "status", status,
          "a not-applicable item has no score, deductions or veto (item {})", itemId);
    }
  }

  /**
   * {@return a response scoring the item {@code score} points}
   *
   * @param itemId the item's id
   * @param score  the points awarded, a decimal string
   */
  public static ItemResponse scored(String itemId, String score) {
    return new ItemResponse(itemId, Status.SCORED, Optional.of(AnxiaoUnits.decimal(score)), List.of(), false, Optional.empty());
  }

  /**
   * {@return a response scoring the item by deductions from its maximum}
   *
   * @param itemId     the item's id
   * @param deductions the deductions made
   */
  public static ItemResponse deducted(String itemId, Deduction... deductions) {
    Require.nonNull("deductions", deductions);
    return new ItemResponse(itemId, Status.SCORED, Optional.empty(), java.util.Arrays.asList(deductions), false,
        Optional.empty());
  }

  /**
   * {@return a response marking the item not applicable}
   *
   * @param itemId the item's id
   */
  public static ItemResponse notApplicable(String itemId) {
    return new ItemResponse(itemId, Status.NOT_APPLICABLE, Optional.empty(), List.of(), false, Optional.empty());
  }

  /**
   * {@return a veto item that failed, scored zero}
   *
   * @param itemId the item's id
   * @param reason why the veto was triggered
   */
  public static ItemResponse vetoed(String itemId, String reason) {
    return new ItemResponse(itemId, Status.SCORED, Optional.of(BigDecimal.ZERO), List.of(), true,
        Optional.of(Require.nonBlank("reason", reason)));
  }
}
