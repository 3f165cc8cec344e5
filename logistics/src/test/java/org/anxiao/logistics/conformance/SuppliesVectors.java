package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.supplies.EmergencySupplies;
import org.anxiao.logistics.supplies.SchoolSize;
import org.anxiao.logistics.supplies.SupplyLine;
import org.anxiao.logistics.supplies.SupplyResult;
import org.anxiao.logistics.supplies.SupplyStock;

/**
 * Runs {@code conformance/logistics/emergency-supplies.json}: a stock against the quota in force on the group's
 * date. Input {@code size} ({@code pupils}, {@code buildings}, {@code floorArea} and {@code siteArea} as
 * quantities) and {@code stock} (a {@code supplies-stock} document, bound by the strict reader); expected
 * {@code findings} (codes, in order), {@code sufficient}, {@code rules} and {@code lines} (a subset of the
 * items, in quota order: {@code required}, {@code usable}, {@code expired}, {@code expiring}, {@code shortfall}
 * and, when given, {@code nextExpiry} or {@code null} for none). The context is the group's
 * ({@link SupplyGreeningContexts}).
 */
final class SuppliesVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.emergency-supplies", SuppliesVectors::run,
      Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private SuppliesVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      EmergencySupplies supplies = EmergencySupplies.in(SupplyGreeningContexts.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, supplies.rules().packs());
      SchoolSize size = VectorOutcomes.bind(input.path("size"), SchoolSize.class);
      SupplyStock stock = VectorOutcomes.bind(input.path("stock"), SupplyStock.class);
      return supplies.assess(size, stock, LocalDate.parse(parameters.path("date").asText()));
    }, (SupplyResult r, JsonNode expected) -> {
      assertEquals(VectorOutcomes.texts(expected.path("findings")),
          r.findings().stream().map(f -> f.code().value()).toList(), "findings");
      assertEquals(expected.path("sufficient").asBoolean(), r.sufficient(), "sufficient");
      VectorOutcomes.checkRules(expected, r.rules());
      int previous = -1;
      for (JsonNode l : expected.path("lines")) {
        String item = l.path("item").asText();
        Optional<SupplyLine> found = r.line(item);
        assertTrue(found.isPresent(), "no line " + item);
        int index = r.lines().indexOf(found.get());
        assertTrue(index > previous, "lines in quota order: " + item);
        previous = index;
        SupplyLine line = found.get();
        VectorOutcomes.assertDecimal(item + ".required", l.path("required"), line.required());
        VectorOutcomes.assertDecimal(item + ".usable", l.path("usable"), line.usable());
        VectorOutcomes.assertDecimal(item + ".expired", l.path("expired"), line.expired());
        VectorOutcomes.assertDecimal(item + ".expiring", l.path("expiring"), line.expiring());
        VectorOutcomes.assertDecimal(item + ".shortfall", l.path("shortfall"), line.shortfall());
        if (l.has("nextExpiry")) {
          assertEquals(l.path("nextExpiry").isNull() ? Optional.empty() : Optional.of(LocalDate.parse(
              l.path("nextExpiry").asText())), line.nextExpiry(), item + ".nextExpiry");
        }
      }
    });
  }
}
