package org.anxiao.safety.vocabulary;

import java.util.List;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;

/**
 * What the safety module (安全) adds to core's vocabularies: the subject kind {@code HAZARD} (隐患). Registered with
 * {@code provides} in the module descriptor and in {@code META-INF/services}. Stateless.
 */
public final class SafetyVocabulary implements AnxiaoVocabulary {
  /** For the service loader. */
  public SafetyVocabulary() {}

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("HAZARD", LocalizedText.of("隐患", "hazard")));
  }
}
