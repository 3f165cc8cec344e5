package org.anxiao.core.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.junit.jupiter.api.Test;

/** Many threads resolving and determining on one fresh registry (packs read and bound lazily) agree with one thread. */
class CrowdedPlacesConcurrencyTest {
  private static final String[] PLACES = {"310112", "331100", "330000", "310000", "CN", "331181"};

  private static List<String> work(RulePackRegistry registry) {
    List<String> out = new ArrayList<>();
    for (String place : PLACES) {
      CrowdedPlaces rule = CrowdedPlaces.in(RuleContext.of(registry, JurisdictionCode.of(place), LocalDate.of(2024, 9, 1)));
      for (BuildingUse use : BuildingUse.values()) {
        CrowdedPlaceDetermination d = rule.determine(CrowdedPlacesTest.building(use, Optional.empty()));
        out.add(place + " " + use + " " + d.crowded() + " " + d.rules() + " " + d.packs());
      }
    }
    return out;
  }

  @Test
  void lazyBindingIsThreadSafe() throws Exception {
    List<String> sequential = work(RulePackRegistry.builder().addClassPath(getClass().getClassLoader()).build());
    for (int round = 0; round < 5; round++) {
      RulePackRegistry fresh = RulePackRegistry.builder().addClassPath(getClass().getClassLoader()).build();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          tasks.add(() -> work(fresh));
        }
        for (Future<List<String>> f : pool.invokeAll(tasks)) {
          assertEquals(sequential, f.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
