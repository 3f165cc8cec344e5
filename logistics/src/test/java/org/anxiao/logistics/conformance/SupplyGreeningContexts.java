package org.anxiao.logistics.conformance;


import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;

/**
 * The rule context of a supplies or greening vector group: {@code parameters} give {@code jurisdiction},
 * {@code date}, {@code policy} ({@code DEFAULT} or {@code ALLOW_UNVERIFIED}), optionally
 * {@code jurisdictions} (entries added to core's directory for the group — the fictional 319900 of the
 * supplies test pack, which no real place uses and core's table does not hold), {@code testPacks} (packs of
 * {@code conformance/packs/}, each listed in the file's {@code packs} with a {@code dataFiles} entry,
 * installed on top of the standard packs for the group only) and {@code packs} (the packs in force,
 * narrowest first), through {@code ConformanceRunner.registryWithTestPacks} over the extended directory.
 */
final class SupplyGreeningContexts {
  private SupplyGreeningContexts() {}

  static RuleContext context(VectorFile file, JsonNode parameters) {
    JurisdictionDirectory directory = JurisdictionDirectory.standard();
    if (parameters.has("jurisdictions")) {
      List<Jurisdiction> extra = new ArrayList<>();
      parameters.path("jurisdictions").forEach(j -> extra.add(VectorOutcomes.bind(j, Jurisdiction.class)));
      directory = directory.withEntries(extra);
    }
    RulePackRegistry registry = ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks"), directory);
    return RuleContext.of(registry, JurisdictionCode.of(parameters.path("jurisdiction").asText()),
        LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(VectorOutcomes.policy(parameters));
  }
}
