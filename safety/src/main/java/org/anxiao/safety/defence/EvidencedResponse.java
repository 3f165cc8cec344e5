package org.anxiao.safety.defence;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.scorecard.ItemResponse;

/**
 * The inspector's answer for one checklist item with the evidence behind it (检查结果及佐证材料).
 * Immutable and thread-safe.
 *
 * @param response the answer scored by {@link org.anxiao.core.scorecard.Scorecards}
 * @param evidence references to photos, documents, registers or clips; may be empty
 */
public record EvidencedResponse(ItemResponse response, List<EvidenceRef> evidence) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param response the answer
   * @param evidence the evidence references; no null element
   */
  public EvidencedResponse {
    Require.nonNull("response", response);
    evidence = Bounds.list("evidence", evidence);
  }

  /**
   * {@return an answer with its evidence}
   *
   * @param response the answer
   * @param evidence the evidence references
   */
  public static EvidencedResponse of(ItemResponse response, EvidenceRef... evidence) {
    return new EvidencedResponse(response, List.of(Require.noNullIn("evidence", evidence)));
  }

  /** {@return the item answered} */
  public String itemId() {
    return response.itemId();
  }
}
