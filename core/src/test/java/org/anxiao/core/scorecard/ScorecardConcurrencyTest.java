package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine is stateless: parallel scoring equals sequential scoring. */
class ScorecardConcurrencyTest {
  @Test
  void parallelEqualsSequential() throws Exception {
    Checklist checklist = ScorecardFixtures.checklist();
    List<List<ItemResponse>> sheets = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      List<ItemResponse> rs = new ArrayList<>();
      int k = n;
      for (String id : ScorecardFixtures.itemIds()) {
        int max = checklist.item(id).orElseThrow().maxScore().intValue();
        rs.add(k % 7 == 0 && !id.equals("a1") ? ItemResponse.notApplicable(id) : ItemResponse.scored(id, Integer.toString(k % (max + 1))));
        k = k * 31 + 7;
      }
      sheets.add(rs);
    }
    List<Scorecard> sequential = sheets.stream().map(s -> Scorecards.score(checklist, SCHOOL, s)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Scorecard>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> sheets.stream().map(s -> Scorecards.score(checklist, SCHOOL, s)).toList()));
      }
      for (Future<List<Scorecard>> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
