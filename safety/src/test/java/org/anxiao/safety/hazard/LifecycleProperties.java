package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.FOUND;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.HazardGenerators;
import org.anxiao.safety.testkit.HazardLifecycleGenerators;
import org.anxiao.safety.testkit.LifecycleStep;
import org.junit.jupiter.api.Test;

/**
 * Random walks of the lifecycle: random sequences of events (any kind, random gaps of 0 to 5 days
 * from the found day) fed one by one; an illegal step is refused and skipped. Whatever the walk, a
 * hazard is never closed without an acceptance record, every prefix of a legal history is legal, and
 * replay is deterministic.
 */
class LifecycleProperties {
  /** Feeds the walk from {@link HazardFixtures#FOUND}, skipping refused steps; returns the legal hazard. */
  static Hazard walk(List<LifecycleStep> steps) {
    return HazardLifecycleGenerators.walk(hazard("W", List.of()), steps);
  }

  @Test
  void neverClosedWithoutAnAcceptanceRecord() {
    qt().withExamples(300).forAll(HazardLifecycleGenerators.walks()).checkAssert(steps -> {
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
    qt().withExamples(200).forAll(HazardLifecycleGenerators.walks()).checkAssert(steps -> {
      Hazard h = walk(steps);
      for (int n = 0; n <= h.history().size(); n++) {
        Hazard prefix = hazard("W", h.history().subList(0, n));
        assertEquals(n, prefix.history().size());
      }
    });
  }

  @Test
  void replayIsDeterministicAndDependsOnlyOnTheEventsUpToTheDay() {
    qt().withExamples(200).forAll(HazardLifecycleGenerators.walks()).checkAssert(steps -> {
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
    qt().withExamples(300).forAll(HazardLifecycleGenerators.walks()).checkAssert(steps -> {
      List<HazardEvent> raw = new ArrayList<>();
      LocalDate day = FOUND.plusDays(40);
      for (LifecycleStep s : steps) {
        // Gaps may run backwards here: out-of-order events must be refused too.
        day = day.plusDays(s.gapDays() - 2L);
        raw.add(HazardLifecycleGenerators.event(s.kind(), day));
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

  @Test
  void everyGeneratedHistoryIsLegalAndEndsInTheStateItsLastEventLeads() {
    qt().withExamples(200).forAll(HazardLifecycleGenerators.histories(FOUND)).checkAssert(history -> {
      Hazard h = hazard("G", history);
      HazardEvent last = history.get(history.size() - 1);
      HazardState expected = last instanceof HazardEvent.Graded ? HazardState.GRADED
          : last instanceof HazardEvent.SubmittedForAcceptance ? HazardState.AWAITING_ACCEPTANCE
          : last instanceof HazardEvent.Accepted ? HazardState.CLOSED : HazardState.RECTIFYING;
      assertEquals(expected, h.state(last.date()), history::toString);
    });
  }

  @Test
  void illegalTransitionsAndOutOfOrderEventsAreRefusedNamingTheEvent() {
    Laws.standard().withExamples(150).rejects(HazardLifecycleGenerators.illegalTransitions(FOUND));
    Laws.standard().withExamples(100).rejects(HazardLifecycleGenerators.outOfOrder(FOUND));
  }

  @Test
  void generatedHazardsAndRegistersAreAccepted() {
    qt().withExamples(50).forAll(HazardGenerators.registers()).checkAssert(r -> {
      assertEquals(r.hazards().size(), r.hazards().stream().map(Hazard::id).distinct().count());
      r.hazards().forEach(h -> assertEquals(h.history().isEmpty() ? HazardState.REPORTED : HazardState.GRADED,
          h.history().isEmpty() ? h.state(h.foundDate()) : hazard("P", h.history().subList(0, 1))
              .state(h.history().get(0).date())));
    });
  }

  @Test
  void malformedHazardFieldsAreRefusedNamingTheField() {
    Laws.standard().withExamples(100).rejects(HazardGenerators.invalidHazards());
  }
}
