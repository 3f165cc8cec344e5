package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.hazard.Assignee;
import org.anxiao.safety.hazard.Hazard;
import org.anxiao.safety.hazard.HazardEvent;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.IllegalTransitionException;
import org.quicktheories.core.Gen;

/**
 * Generators of hazard lifecycles (隐患闭环): valid event sequences REPORTED → GRADED → RECTIFYING →
 * AWAITING_ACCEPTANCE → CLOSED, with extensions, hard-to-resolve flags, failed acceptances and
 * reopening; random walks whose illegal steps are skipped; and illegal transitions labelled
 * {@code INVALID_VALUE} naming the event ({@code history[i]}) that {@link Hazard}'s replay refuses.
 * Events are in date order from the hazard's found day; gaps are whole days.
 */
public final class HazardLifecycleGenerators {
  /** The number of event kinds of a {@link LifecycleStep}. */
  public static final int KINDS = 8;

  private HazardLifecycleGenerators() {}

  /**
   * {@return the event of {@code kind} (see {@link LifecycleStep}) on {@code date}: a grade MAJOR on
   * even days of the month and GENERAL on odd ones, a deadline 7 days on when started, 30 days on
   * when extended, 10 days on when reopened}
   *
   * @param kind 0–7
   * @param date the event's date
   */
  public static HazardEvent event(int kind, LocalDate date) {
    return switch (kind) {
      case 0 -> new HazardEvent.Graded(date, date.getDayOfMonth() % 2 == 0 ? HazardGrade.MAJOR : HazardGrade.GENERAL);
      case 1 -> new HazardEvent.RectificationStarted(date, date.plusDays(7), Assignee.of("总务处"), Optional.empty());
      case 2 -> new HazardEvent.DeadlineExtended(date, date.plusDays(30), "延期");
      case 3 -> new HazardEvent.FlaggedHardToResolve(date, "临时管控");
      case 4 -> new HazardEvent.SubmittedForAcceptance(date, List.of("p.jpg"));
      case 5 -> new HazardEvent.Accepted(date, Assignee.of("安全管理中心"), List.of("r.pdf"));
      case 6 -> new HazardEvent.AcceptanceFailed(date, "不合格");
      default -> new HazardEvent.Reopened(date, date.plusDays(10), "复发");
    };
  }

  /** {@return a step: any kind, a gap of 0 to 5 days} */
  public static Gen<LifecycleStep> steps() {
    return integers().between(0, KINDS - 1).zip(integers().between(0, 5), LifecycleStep::new);
  }

  /** {@return random walks: 1 to 30 {@linkplain #steps() steps}, legal or not} */
  public static Gen<List<LifecycleStep>> walks() {
    return lists().of(steps()).ofSizeBetween(1, 30);
  }

  /**
   * {@return {@code start} with the walk's events fed one by one from its found day, each illegal
   * step refused by the library and skipped}
   *
   * @param start a hazard (its history is extended)
   * @param walk  the steps
   */
  public static Hazard walk(Hazard start, List<LifecycleStep> walk) {
    Hazard h = start;
    LocalDate day = start.history().isEmpty() ? start.foundDate()
        : start.history().get(start.history().size() - 1).date();
    for (LifecycleStep s : walk) {
      day = day.plusDays(s.gapDays());
      try {
        h = h.with(event(s.kind(), day));
      } catch (IllegalTransitionException refused) {
        // an illegal step: the hazard stays as it was
      }
    }
    return h;
  }

  /**
   * {@return legal histories from a hazard found on {@code found}: graded, started, 0–2 extensions,
   * an optional hard-to-resolve flag, 0–2 failed acceptances, then open, awaiting acceptance or closed,
   * and when closed 0–1 reopenings (which begin again at rectifying)}
   *
   * @param found the day the hazard was found
   */
  public static Gen<List<HazardEvent>> histories(LocalDate found) {
    Gen<Integer> gap = integers().between(0, 4);
    return lists().of(gap).ofSize(12).zip(integers().between(0, 2), integers().between(0, 2),
        integers().between(0, 4), integers().between(0, 1), (gaps, extensions, failures, end, flagged) -> {
          List<HazardEvent> out = new ArrayList<>();
          LocalDate[] day = {found};
          int[] g = {0};
          java.util.function.IntConsumer add = k -> {
            day[0] = day[0].plusDays(gaps.get(g[0]++ % gaps.size()));
            out.add(event(k, day[0]));
          };
          add.accept(0);
          if (end == 0) {
            return out;
          }
          add.accept(1);
          for (int i = 0; i < extensions; i++) {
            // each extension's deadline is 30 days after its date, so later than the one in force
            day[0] = day[0].plusDays(1);
            add.accept(2);
          }
          if (flagged == 1) {
            add.accept(3);
          }
          for (int i = 0; i < failures; i++) {
            add.accept(4);
            add.accept(6);
          }
          if (end == 1) {
            return out;
          }
          add.accept(4);
          if (end == 2) {
            return out;
          }
          add.accept(5);
          if (end == 4) {
            add.accept(7);
            add.accept(4);
            add.accept(5);
          }
          return out;
        });
  }

  /**
   * {@return illegal transitions: a legal history followed by an event its last state does not allow
   * (e.g. accepted before submission, reopened while open), labelled {@code INVALID_VALUE} naming
   * {@code history[i]}, the refused event}
   *
   * @param found the day the hazards are found
   */
  public static Gen<InvalidInput<Hazard>> illegalTransitions(LocalDate found) {
    return histories(found).zip(integers().between(0, KINDS - 1), (history, kind) -> {
      LocalDate day = history.get(history.size() - 1).date().plusDays(1);
      HazardEvent next = event(kind, day);
      Hazard legal = HazardGenerators.hazard("H-ILLEGAL", found, history);
      int at = history.size();
      // the kind allowed after the last state is skipped: pick the first one refused
      int k = kind;
      for (int i = 0; i < KINDS; i++) {
        try {
          legal.with(event((kind + i) % KINDS, day));
        } catch (IllegalTransitionException refused) {
          k = (kind + i) % KINDS;
          break;
        }
      }
      HazardEvent bad = event(k, day);
      List<HazardEvent> all = new ArrayList<>(history);
      all.add(bad);
      return InvalidInput.<Hazard>of(bad.getClass().getSimpleName() + " after " + legal.state(day) + " (was " + next
          .getClass().getSimpleName() + ")", "INVALID_VALUE", "history[" + at + "]",
          () -> HazardGenerators.hazard("H-ILLEGAL", found, all));
    });
  }

  /**
   * {@return out-of-order histories: a legal history whose last event is dated before the one before it,
   * labelled {@code INVALID_VALUE} naming {@code history[i].date}}
   *
   * @param found the day the hazards are found
   */
  public static Gen<InvalidInput<Hazard>> outOfOrder(LocalDate found) {
    return histories(found).zip(integers().between(1, 30), (history, back) -> {
      int at = history.size();
      LocalDate last = history.get(at - 1).date();
      List<HazardEvent> all = new ArrayList<>(history);
      // graded again would be illegal anyway; a date before the last event's is refused first
      all.add(event(3, last.minusDays(back)));
      return InvalidInput.<Hazard>of("an event dated " + back + " days before the previous one", "INVALID_VALUE",
          "history[" + at + "].date", () -> HazardGenerators.hazard("H-ORDER", found, all));
    });
  }
}
