package org.anxiao.examples;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.scorecard.ItemResponse;

/**
 * An inspector's answers to a checklist on one day, as the demo stores them in JSON.
 *
 * @param schemaVersion wire-format version
 * @param checklistPack id of the rule pack that carries the checklist
 * @param date          the inspection date
 * @param responses     one response per checklist item
 */
public record InspectionSheet(String schemaVersion, String checklistPack, LocalDate date, List<ItemResponse> responses) {
  public InspectionSheet {
    responses = List.copyOf(responses);
  }
}
