package org.anxiao.safety.vocabulary;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.safety.hazard.HazardRegister;

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
    kinds.add(org.anxiao.safety.hazard.HazardAreaRule.KIND);
    kinds.add(org.anxiao.safety.hazard.AccidentTypeRule.KIND);
    kinds.add(org.anxiao.safety.hazard.HazardManagementRule.KIND);

    // kinds: register
    kinds.add(org.anxiao.safety.register.RegisterKpiRule.KIND);
    kinds.add(org.anxiao.safety.register.CampaignRule.KIND);

    // kinds: risk
    kinds.add(org.anxiao.safety.risk.LecRule.KIND);
    kinds.add(org.anxiao.safety.risk.RiskMatrixRule.KIND);

    // kinds: fire

    return List.copyOf(kinds);
  }

  @Override
  public List<String> packIndexes() {
    List<String> indexes = new ArrayList<>();
    // indexes: hazard
    indexes.add("META-INF/anxiao/packs/safety-hazard/index.json");

    // indexes: register
    indexes.add("META-INF/anxiao/packs/safety-register/index.json");

    // indexes: risk
    indexes.add("META-INF/anxiao/packs/safety-risk/index.json");

    // indexes: fire

    return List.copyOf(indexes);
  }

  /** {@return the hazard register document type, whose schema is in this jar} */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(HazardRegister.DOCUMENT);
  }

  @Override
  public List<SubjectKindContribution> subjectKinds() {
    return List.of(SubjectKindContribution.of("HAZARD", LocalizedText.of("隐患", "hazard")));
  }
}
