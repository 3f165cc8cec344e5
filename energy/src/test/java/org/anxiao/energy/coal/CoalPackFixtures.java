package org.anxiao.energy.coal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.text.LocalizedText;

/** Registries with altered copies of the national coal pack, for tests. */
final class CoalPackFixtures {
  private CoalPackFixtures() {}

  static RulePack nationalPack() {
    return RulePackRegistry.standard().pack(PackRef.of("cn.gbt2589.coal-equivalent", "1.0.0"));
  }

  /** The national pack without the byVolume table's oil-field row. */
  static CoalEquivalents withoutOilFieldGas() {
    RulePack pack = nationalPack();
    Parameter.DecimalTable table = (Parameter.DecimalTable) pack.parameters().get("byVolume");
    Map<String, org.anxiao.core.rule.DecimalEntry> rows = new LinkedHashMap<>(table.rows());
    rows.remove("NATURAL_GAS_OIL_FIELD");
    Map<String, Parameter> parameters = new LinkedHashMap<>(pack.parameters());
    parameters.put("byVolume", new Parameter.DecimalTable(rows, table.unit(), table.clause(), table.verification(),
        table.note()));
    RulePack altered = RulePack.builder().from(pack).id("test.coal-without-oil-field-gas")
        .title(LocalizedText.of("测试包", "Fictional TEST pack")).parameters(parameters).build();
    RulePackRegistry registry = RulePackRegistry.builder().kind(CoalEquivalentRule.KIND).add(altered).build();
    return CoalEquivalents.in(RuleContext.of(registry, JurisdictionCode.CN, LocalDate.of(2024, 12, 31)));
  }

  /**
   * The standard packs plus a newer version (2.0.0) of the national pack, in force from the same
   * day, whose electricity coefficient is {@code electricity}.
   */
  static RulePackRegistry withNewerNationalPack(String electricity) {
    RulePack pack = nationalPack();
    Parameter.Decimal old = (Parameter.Decimal) pack.parameters().get("electricityCalorific");
    Map<String, Parameter> parameters = new LinkedHashMap<>(pack.parameters());
    parameters.put("electricityCalorific", new Parameter.Decimal(new java.math.BigDecimal(electricity), old.unit(),
        old.clause(), old.verification(), old.note()));
    RulePack newer = RulePack.builder().from(pack).version(PackVersion.of("2.0.0")).parameters(parameters).build();
    return RulePackRegistry.builder().addClassPath(CoalPackFixtures.class.getClassLoader()).add(newer).build();
  }
}
