package org.anxiao.energy.carbon;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;

/** Shared contexts, consumptions and fictional test packs of the carbon tests. */
final class CarbonFixtures {
  static final JurisdictionCode XUHUI = JurisdictionCode.of("310104");
  static final JurisdictionCode BEIJING = JurisdictionCode.of("110000");
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "sh-school-1");
  static final Period Y2021 = Period.parse("2021");
  static final Period Y2022 = Period.parse("2022");
  static final Period Y2023 = Period.parse("2023");
  static final Period Y2024 = Period.parse("2024");

  static final FactorSet SH_REPORTING = FactorSet.shanghaiReporting();
  static final FactorSet MEE_SHANGHAI = FactorSet.mee(GridRegion.of("310000"));
  static final FactorSet MEE_NATIONAL = FactorSet.mee(GridRegion.NATIONAL);

  private CarbonFixtures() {}

  static RuleContext context(JurisdictionCode where, int year) {
    return RuleContext.standard(where, LocalDate.of(year, 12, 31));
  }

  static Consumption use(Carrier carrier, Period period, String value, String unit) {
    return Consumption.of(carrier, period, value, unit);
  }

  static Consumption kwh(Period period, String value) {
    return use(Carrier.ELECTRICITY, period, value, "kWh");
  }

  static CarbonInputs electricity(Period period, String kwh, FactorSet... sets) {
    return CarbonInputs.of(List.of(kwh(period, kwh))).withFactorSets(List.of(sets));
  }

  static RulePack pack(String json) {
    return RulePackReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-pack.json");
  }

  /** The standard packs plus {@code extra}. */
  static RulePackRegistry registryWith(RulePack... extra) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().addClassPath(CarbonFixtures.class.getClassLoader());
    for (RulePack p : extra) {
      b.add(p);
    }
    return b.build();
  }

  /** A fictional newer version of the 2022 MEE pack, with other values (tests only). */
  static RulePack newerMee2022() {
    return pack("""
        {"schemaVersion":"1.0","id":"cn.mee.grid-factors.2022","version":"1.1.0","kind":"anxiao.energy.grid-factors.mee",
         "title":{"zh":"虚构测试包","en":"Fictional TEST pack"},"jurisdiction":"CN",
         "validFrom":"2022-01-01","validTo":"2022-12-31",
         "source":{"issuer":"测试","document":"Fictional TEST pack","year":2024},"verification":"SECONDARY",
         "parameters":{"electricity":{"type":"decimal-table","unit":"kgCO2/kWh","rows":{
           "CN":{"value":"0.6111"},"CN-RESIDUAL":{"value":"0.6222"},"310000":{"value":"0.6333"}}},
           "heat":{"type":"decimal","value":"0.2","unit":"kgCO2/MJ"}}}
        """);
  }

  /** A fictional Shanghai accounting pack that opts in to the designated exchange and PV netting (tests only). */
  static RulePack shanghaiOptIn() {
    return pack("""
        {"schemaVersion":"1.0","id":"test.sh.scope2-accounting","version":"1.0.0","kind":"anxiao.energy.scope2-accounting",
         "title":{"zh":"虚构测试包","en":"Fictional TEST pack"},"jurisdiction":"310000","validFrom":"2021-01-01",
         "source":{"issuer":"测试","document":"Fictional TEST pack","year":2024},"verification":"SECONDARY",
         "parameters":{"greenPowerRequiresDesignatedExchange":{"type":"boolean","value":true},
           "netExportedPv":{"type":"boolean","value":true}}}
        """);
  }

  /** A fictional Shanghai accounting pack under which certificates and green power do not count (tests only). */
  static RulePack shanghaiNothingAtZero() {
    return pack("""
        {"schemaVersion":"1.0","id":"test.sh.scope2-nothing","version":"1.0.0","kind":"anxiao.energy.scope2-accounting",
         "title":{"zh":"虚构测试包","en":"Fictional TEST pack"},"jurisdiction":"310000","validFrom":"2021-01-01",
         "source":{"issuer":"测试","document":"Fictional TEST pack","year":2024},"verification":"SECONDARY",
         "parameters":{"greenPowerAtZero":{"type":"boolean","value":false},
           "certificatesAtZero":{"type":"boolean","value":false}}}
        """);
  }

  /** A registry with only a fuels-only emission-factor pack (no heat) and the 2022 MEE pack. */
  static RulePackRegistry withoutHeatFactor() {
    RulePack fuelsOnly = pack("""
        {"schemaVersion":"1.0","id":"test.fuels-only","version":"1.0.0","kind":"anxiao.energy.emission-factors",
         "title":{"zh":"虚构测试包","en":"Fictional TEST pack"},"jurisdiction":"CN","validFrom":"2015-01-01",
         "source":{"issuer":"测试","document":"Fictional TEST pack","year":2024},"verification":"SECONDARY",
         "parameters":{"byMass":{"type":"decimal-table","unit":"kgCO2/kg","rows":{"DIESEL":{"value":"3.096"}}},
           "byVolume":{"type":"decimal-table","unit":"kgCO2/m3","rows":{"NATURAL_GAS":{"value":"2.162"}}}}}
        """);
    RulePack mee2022 = RulePackReader.readResource(CarbonFixtures.class.getClassLoader(),
        "META-INF/anxiao/packs/energy/cn-mee-grid-factors-2022.json");
    return RulePackRegistry.builder().kind(EmissionFactorRule.KIND).kind(GridFactorRule.MEE)
        .kind(Scope2AccountingRule.KIND).add(fuelsOnly).add(mee2022).build();
  }
}
