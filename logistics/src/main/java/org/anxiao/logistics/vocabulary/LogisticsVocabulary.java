package org.anxiao.logistics.vocabulary;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.text.LocalizedText;

/**
 * What the logistics module (后勤) adds to core's vocabularies: the unit {@code g} (1 g = 0.001 kg: food samples, waste weights) and the subject kind {@code ACCOUNT} (核算账户, e.g. a canteen account). Registered with
 * {@code provides} in the module descriptor and in {@code META-INF/services}. Stateless.
 */
public final class LogisticsVocabulary implements AnxiaoVocabulary {
  /** For the service loader. */
  public LogisticsVocabulary() {}

  @Override
  public List<UnitContribution> units() {
    // Gram — food sample and waste weights, e.g. a 125 g retained sample (留样).
    return List.of(UnitContribution.scaled("g", "kg", new BigDecimal("0.001")));
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("ACCOUNT", LocalizedText.of("核算账户", "account")));
  }
}
