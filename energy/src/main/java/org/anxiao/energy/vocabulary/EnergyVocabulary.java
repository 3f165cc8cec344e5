package org.anxiao.energy.vocabulary;

import java.util.List;
import javax.measure.MetricPrefix;
import javax.measure.quantity.Power;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.text.LocalizedText;
import tech.units.indriya.unit.Units;

/**
 * What the energy module (能源) adds to core's vocabularies: the unit {@code kW} (power: meter demand, PV capacity) and the subject kind {@code METER} (计量表). Registered with
 * {@code provides} in the module descriptor and in {@code META-INF/services}. Stateless.
 */
public final class EnergyVocabulary implements AnxiaoVocabulary {
  /** For the service loader. */
  public EnergyVocabulary() {}

  @Override
  public List<UnitContribution> units() {
    // Power (功率) — meter demand and PV capacity, e.g. 250 kW.
    return List.of(UnitContribution.of("kW", MetricPrefix.KILO(Units.WATT), Power.class));
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("METER", LocalizedText.of("计量表", "meter")));
  }
}
