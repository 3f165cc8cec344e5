package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.FOUND;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random walks of the lifecycle: random sequences of events (any kind, random gaps of 0 to 5 days
 * from the found day) fed one by one; an illegal step is refused and skipped. Whatever the walk, a
 * hazard is never closed without an acceptance record, every prefix of a legal history is legal, and
 * replay is deterministic.
 */
class LifecycleProperties {
  /** Steps: an event kind 0–7 and a gap in days 0–5, 1 to 30 of them. */
  private static Gen<List<int[]>> walks() {
    Gen<int[]> step = integers().between(0, 7).zip(integers().between(0, 5), (k, g) -> new int[] {k, g});
    return lists().of(step).ofSizeBetween(1, 30);
  }

  /** Walks for the checks' properties: as {@link #walks()}. */
  static Gen<List<int[]>> walksForChecks() {
    return walks();
  }

  /** The event of kind {@code k} on {@code date}. */
  static HazardEvent event(int k, LocalDate date) {
    return switch (k) {
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

  /** Feeds the walk, skipping refused steps; returns the legal hazard. */
  static Hazard walk(List<int[]> steps) {
    Hazard h = hazard("W", List.of());
    LocalDate day = FOUND;
    for (int[] s : steps) {
      day = day.plusDays(s[1]);
      try {
        h = h.with(event(s[0], day));
      } catch (IllegalTransitionException refused) {
        // an illegal step: the hazard stays as it was
      }
    }
    return h;
  }

  @Test
  void neverClosedWithoutAnAcceptanceRecord() {
    qt().withExamples(300).forAll(walks()).checkAssert(steps -> {
      Hazard h = walk(steps);
      LocalDate day = FOUND;
      for (HazardEvent e : h.history()) {
        day = e.date();
        HazardStatus s = h.status(day);
        if (s.state() == HazardState.CLOSED) {
          LocalDate closed = s.closedDate().orElseThrow();
          assertTrue(h.history().stream().anyMatch(x -> x instanceof HazardEvent.Accepted a && a.date().equals(closed)),
              () -> "closed on " + closed + " without an acceptance that day: " + h.history());
        }
      }
      HazardStatus last = h.status(day.plusDays(1));
      boolean endsAccepted = !h.history().isEmpty() && h.history().get(h.history().size() - 1) instanceof HazardEvent.Accepted;
      assertEquals(endsAccepted, last.state() == HazardState.CLOSED, () -> h.history().toString());
    });
  }

  @Test
  void everyPrefixOfALegalHistoryIsLegal() {
    qt().withExamples(200).forAll(walks()).checkAssert(steps -> {
      Hazard h = walk(steps);
      for (int n = 0; n <= h.history().size(); n++) {
        Hazard prefix = hazard("W", h.history().subList(0, n));
        assertEquals(n, prefix.history().size());
      }
    });
  }

  @Test
  void replayIsDeterministicAndDependsOnlyOnTheEventsUpToTheDay() {
    qt().withExamples(200).forAll(walks()).checkAssert(steps -> {
      Hazard h = walk(steps);
      for (HazardEvent e : h.history()) {
        LocalDate d = e.date();
        HazardStatus once = h.status(d);
        assertEquals(once, h.status(d), "same day, same status");
        List<HazardEvent> upTo = new ArrayList<>();
        h.history().stream().filter(x -> !x.date().isAfter(d)).forEach(upTo::add);
        assertEquals(once, hazard("W", upTo).status(d), "the later events do not matter");
      }
    });
  }

  @Test
  void anyRawSequenceIsEitherLegalOrRefusedAsAnInvalidValue() {
    qt().withExamples(300).forAll(walks()).checkAssert(steps -> {
      List<HazardEvent> raw = new ArrayList<>();
      LocalDate day = FOUND.plusDays(40);
      for (int[] s : steps) {
        // Gaps may run backwards here: out-of-order events must be refused too.
        day = day.plusDays(s[1] - 2L);
        raw.add(event(s[0], day));
      }
      try {
        Hazard h = hazard("R", raw);
        HazardStatus end = h.status(day.plusDays(60));
        assertEquals(end.state() == HazardState.CLOSED, end.closedDate().isPresent());
      } catch (InvalidValueException refused) {
        assertTrue(refused instanceof IllegalTransitionException, refused.toString());
        assertTrue(refused.field().orElseThrow().startsWith("history["), refused.toString());
      }
    });
  }
}
