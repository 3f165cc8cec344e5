package org.anxiao.safety.vocabulary;

import java.util.List;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.safety.chemical.CompatibilityRule;
import org.anxiao.safety.chemical.ExplosivePrecursorListRule;
import org.anxiao.safety.chemical.HazardClassRule;
import org.anxiao.safety.chemical.HighlyToxicListRule;
import org.anxiao.safety.chemical.PrecursorListRule;
import org.anxiao.safety.chemical.StorageRule;
import org.anxiao.safety.defence.DefenceChecklists;
import org.anxiao.safety.defence.DefenceMeasureRule;
import org.anxiao.safety.defence.FacilityTableRule;
import org.anxiao.safety.fire.MajorFireHazardRule;
import org.anxiao.safety.hazard.AccidentTypeRule;
import org.anxiao.safety.hazard.HazardAreaRule;
import org.anxiao.safety.hazard.HazardManagementRule;
import org.anxiao.safety.hazard.HazardRegister;
import org.anxiao.safety.register.CampaignRule;
import org.anxiao.safety.register.RegisterKpiRule;
import org.anxiao.safety.risk.LecRule;
import org.anxiao.safety.risk.RiskMatrixRule;
import org.anxiao.safety.staffing.StaffingTopic;
import org.anxiao.safety.zone.SafetyZoneRule;

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
    return List.of(HazardAreaRule.KIND, AccidentTypeRule.KIND, HazardManagementRule.KIND, RegisterKpiRule.KIND,
        CampaignRule.KIND, LecRule.KIND, RiskMatrixRule.KIND, MajorFireHazardRule.KIND,
        DefenceChecklists.KIND, FacilityTableRule.KIND, DefenceMeasureRule.KIND,
        PrecursorListRule.KIND, ExplosivePrecursorListRule.KIND, HighlyToxicListRule.KIND, HazardClassRule.KIND,
        CompatibilityRule.KIND, StorageRule.KIND,
        SafetyZoneRule.KIND,
        StaffingTopic.SECURITY_GUARDS.kind(), StaffingTopic.HEALTH_STAFF.kind(),
        StaffingTopic.KINDERGARTEN_HEALTH_STAFF.kind(), StaffingTopic.MENTAL_HEALTH_TEACHERS.kind(),
        StaffingTopic.SAFETY_EDUCATION_TEACHERS.kind(), StaffingTopic.STUDENT_SAFETY_OFFICERS.kind(),
        StaffingTopic.KINDERGARTEN_STAFF.kind(), StaffingTopic.STAFF_ESTABLISHMENT.kind(),
        StaffingTopic.KINDERGARTEN_CLASS_SIZE.kind(), StaffingTopic.OVERSIZED_CLASSES.kind());
  }

  @Override
  public List<String> packIndexes() {
    return List.of(index("hazard"), index("register"), index("risk"), index("fire"),
        index("defence"), index("chemical"),
        index("zone"), index("staffing"));
  }

  /** The index of the packs of the package {@code org.anxiao.safety.<name>}. */
  private static String index(String name) {
    return "META-INF/anxiao/packs/safety-" + name + "/index.json";
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
