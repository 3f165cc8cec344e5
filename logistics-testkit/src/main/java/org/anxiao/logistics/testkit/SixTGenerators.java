package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.logistics.sixt.SixTScorecards;
import org.anxiao.logistics.sixt.SixTSite;
import org.quicktheories.core.Gen;

/**
 * Generators of responses to a checklist such as the 六T sheets (六T 管理评分表) of the shipped Shanghai packs: one
 * response per item, scored 0 to its maximum in tenths of it. The sheets are read in Shanghai (UNVERIFIED packs:
 * with the caller's consent).
 */
public final class SixTGenerators {
  /** Shanghai, where the 六T sheets apply. */
  public static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  /** The day the sheets are read on. */
  public static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private SixTGenerators() {}

  /**
   * {@return the shipped 六T sheet of {@code site} in Shanghai, its UNVERIFIED values read with the caller's consent}
   *
   * @param site canteen or dormitory
   */
  public static SixTScorecards sheet(SixTSite site) {
    return SixTScorecards.in(RuleContext.standard(SHANGHAI, DAY).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED), site);
  }

  /**
   * {@return responses to every item of {@code checklist}, each scored 0–100 % of its maximum in steps of 10 %}
   *
   * @param checklist the checklist answered
   */
  public static Gen<List<ItemResponse>> responses(Checklist checklist) {
    List<ChecklistItem> items = new ArrayList<>();
    for (ChecklistSection s : checklist.sections()) {
      items.addAll(s.items());
    }
    return lists().of(integers().between(0, 10)).ofSize(items.size()).map(tenths -> {
      List<ItemResponse> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        BigDecimal score = items.get(i).maxScore().multiply(BigDecimal.valueOf(tenths.get(i), 1))
            .setScale(items.get(i).maxScore().scale() + 1, RoundingMode.UNNECESSARY);
        out.add(ItemResponse.scored(items.get(i).id(), score.stripTrailingZeros().toPlainString()));
      }
      return out;
    });
  }

  /**
   * {@return responses to the shipped 六T sheet of {@code site}}
   *
   * @param site canteen or dormitory
   */
  public static Gen<List<ItemResponse>> sheetResponses(SixTSite site) {
    return responses(sheet(site).checklist());
  }
}
