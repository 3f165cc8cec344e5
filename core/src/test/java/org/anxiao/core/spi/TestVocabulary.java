package org.anxiao.core.spi;

import java.math.BigDecimal;
import java.util.List;
import javax.measure.quantity.Power;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.vocabtest.MeterSerial;
import org.anxiao.vocabtest.MeterSerialMixIn;
import javax.measure.MetricPrefix;
import tech.units.indriya.unit.Units;

/**
 * The class-path vocabulary provider of core's tests, registered in
 * {@code META-INF/services/org.anxiao.core.spi.AnxiaoVocabulary} of the test classes (and left out of
 * the test jar): the unit codes {@code kW} (reference unit of the new quantity type {@link Power}) and
 * {@code MW} (1000 kW), the subject kind {@code METER}, the document type {@code meter-reading} and a
 * mix-in for {@link MeterSerial}. {@code MW} is listed before the {@code kW} it is defined by: the order
 * of contributions does not matter.
 */
public final class TestVocabulary implements AnxiaoVocabulary {
  /** The contributed document type. */
  public static final DocumentType<MeterReading> METER_READING = DocumentType.of("meter-reading", MeterReading.class,
      TestVocabulary.class.getModule(), "org/anxiao/core/spi/meter-reading.schema.json");

  @Override
  public List<UnitContribution> units() {
    return List.of(
        UnitContribution.scaled("MW", "kW", BigDecimal.valueOf(1000)),
        UnitContribution.of("kW", MetricPrefix.KILO(Units.WATT), Power.class));
  }

  /** A rule kind of the tests: a power limit in kW, the unit this provider contributes. */
  public static final org.anxiao.core.rule.ParameterSpec<java.math.BigDecimal> LIMIT =
      org.anxiao.core.rule.ParameterSpec.decimal("limit", "kW");
  public static final org.anxiao.core.rule.RuleKind<org.anxiao.core.rule.RuleValue<java.math.BigDecimal>> POWER_LIMIT =
      org.anxiao.core.rule.RuleKind.of("anxiao.test.power-limit", List.of(LIMIT), b -> b.get(LIMIT));

  @Override
  public List<org.anxiao.core.rule.RuleKind<?>> ruleKinds() {
    return List.of(POWER_LIMIT);
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("METER", LocalizedText.of("计量表", "meter")));
  }

  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(METER_READING);
  }

  @Override
  public void mixIns(MixInRegistrar registrar) {
    registrar.mixIn(MeterSerial.class, MeterSerialMixIn.class);
  }
}
