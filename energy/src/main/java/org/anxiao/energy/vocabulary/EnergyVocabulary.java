package org.anxiao.energy.vocabulary;

import java.util.List;
import javax.measure.MetricPrefix;
import javax.measure.quantity.Power;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.energy.carbon.EmissionFactorRule;
import org.anxiao.energy.carbon.GridFactorRule;
import org.anxiao.energy.carbon.Scope2AccountingRule;
import org.anxiao.energy.coal.CoalEquivalentRule;
import org.anxiao.energy.dualcontrol.DualControlTargetRule;
import org.anxiao.energy.dualcontrol.EnergyQuotaRule;
import org.anxiao.energy.intensity.IntensityUnits;
import org.anxiao.energy.meter.DataSufficiencyRule;
import org.anxiao.energy.water.NightFlowRule;
import org.anxiao.energy.water.WaterQuotaRule;
import tech.units.indriya.unit.Units;

/**
 * What the energy module (能源) adds to core's vocabularies: the units {@code kW} (power: meter demand, PV capacity) and the intensity units of {@link org.anxiao.energy.intensity.IntensityUnits} and the subject kind {@code METER} (计量表), and the
 * energy rule kinds, so that {@code RulePackRegistry.standard()} binds the packs this module ships. Registered with
 * {@code provides} in the module descriptor and in {@code META-INF/services}. Stateless.
 */
public final class EnergyVocabulary implements AnxiaoVocabulary {
  /** The index of the packs this module ships. */
  public static final String PACK_INDEX = "META-INF/anxiao/packs/energy/index.json";

  /** For the service loader. */
  public EnergyVocabulary() {}

  @Override
  public List<UnitContribution> units() {
    // Power (功率) and the intensity units (kgce/m2, kgce/person, m3/person, kgCO2e/m2).
    List<UnitContribution> units = new java.util.ArrayList<>();
    units.add(UnitContribution.of("kW", MetricPrefix.KILO(Units.WATT), Power.class));
    units.addAll(IntensityUnits.contributions());
    return List.copyOf(units);
  }

  @Override
  public List<RuleKind<?>> ruleKinds() {
    return List.of(CoalEquivalentRule.KIND, EmissionFactorRule.KIND, GridFactorRule.MEE, GridFactorRule.SHANGHAI_REPORTING,
        Scope2AccountingRule.KIND, DualControlTargetRule.KIND, EnergyQuotaRule.KIND, WaterQuotaRule.KIND,
        NightFlowRule.KIND, DataSufficiencyRule.KIND);
  }

  @Override
  public List<String> packIndexes() {
    return List.of(PACK_INDEX);
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("METER", LocalizedText.of("计量表", "meter")));
  }
}
