package org.anxiao.safety.vocabulary;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;

/**
 * What the safety module (安全) adds to core's vocabularies: the subject kind {@code HAZARD} (隐患),
 * the safety rule kinds, and the indexes of the packs it ships (one per package, each named
 * {@code META-INF/anxiao/packs/safety-<package>/index.json}), so that {@code RulePackRegistry.standard()}
 * binds them. Registered with {@code provides} in the module descriptor and in {@code META-INF/services}.
 * Stateless.
 */
public final class SafetyVocabulary implements AnxiaoVocabulary {
  /** For the service loader. */
  public SafetyVocabulary() {}

  @Override
  public List<RuleKind<?>> ruleKinds() {
    List<RuleKind<?>> kinds = new ArrayList<>();
    // kinds: hazard

    // kinds: register

    // kinds: risk

    // kinds: fire
    kinds.add(org.anxiao.safety.fire.MajorFireHazardRule.KIND);

    return List.copyOf(kinds);
  }

  @Override
  public List<String> packIndexes() {
    List<String> indexes = new ArrayList<>();
    // indexes: hazard

    // indexes: register

    // indexes: risk

    // indexes: fire
    indexes.add("META-INF/anxiao/packs/safety-fire/index.json");

    return List.copyOf(indexes);
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("HAZARD", LocalizedText.of("隐患", "hazard")));
  }
}
