package org.anxiao.safety.register;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A hazard campaign's plan (专项整治工作安排): its phases in order, each starting the day after the one
 * before ends. Bound from the {@code plan} parameter of a pack of kind {@code anxiao.safety.campaign}.
 * Immutable and thread-safe.
 *
 * @param code   the campaign's code
 * @param name   the campaign's name, in Chinese and English
 * @param phases the phases, at least one, consecutive
 */
public record CampaignPlan(String code, LocalizedText name, List<CampaignPhase> phases) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code   the code
   * @param name   the name
   * @param phases the phases, consecutive
   */
  public CampaignPlan {
    Bounds.code("code", code);
    Require.nonNull("name", name);
    phases = Bounds.list("phases", phases);
    Require.that(!phases.isEmpty(), "phases", "[]", "must hold at least one phase");
    for (int i = 1; i < phases.size(); i++) {
      Require.thatElement(phases.get(i).start().equals(phases.get(i - 1).end().plusDays(1)), "phases", i, ".start",
          phases.get(i).start(), "must be the day after the end of the phase before it");
    }
  }

  /** {@return the campaign's first day} */
  public LocalDate start() {
    return phases.get(0).start();
  }

  /** {@return the campaign's last day, inclusive} */
  public LocalDate end() {
    return phases.get(phases.size() - 1).end();
  }
}
