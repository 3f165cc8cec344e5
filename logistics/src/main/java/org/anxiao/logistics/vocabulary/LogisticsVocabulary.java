package org.anxiao.logistics.vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.text.LocalizedText;

/**
 * What the logistics module (后勤) adds to core's vocabularies: the unit {@code g} (1 g = 0.001 kg:
 * food samples, plate waste), the subject kinds {@code ACCOUNT} (核算账户, e.g. a canteen account) and {@code ROOM} (寝室, a
 * dormitory room inspected or ranked), the
 * logistics rule kinds, the indexes of the packs it ships (one per package, each named
 * {@code META-INF/anxiao/packs/logistics-<package>/index.json}) and its JSON document types, so that
 * {@code RulePackRegistry.standard()} binds them. Registered with {@code provides} in the module
 * descriptor and in {@code META-INF/services}. Stateless.
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
    return List.of(SubjectKindContribution.of("ACCOUNT", LocalizedText.of("核算账户", "account")),
        SubjectKindContribution.of("ROOM", LocalizedText.of("寝室", "dormitory room")));
  }

  @Override
  public List<RuleKind<?>> ruleKinds() {
    List<RuleKind<?>> kinds = new ArrayList<>();
    kinds.add(org.anxiao.logistics.canteen.CanteenAccountingRule.KIND);
    kinds.add(org.anxiao.logistics.food.FoodSafetyRoutineRule.KIND);
    kinds.add(org.anxiao.logistics.food.FoodTraceabilityRule.KIND);
    kinds.add(org.anxiao.logistics.waste.FoodWasteTargets.KIND);
    kinds.add(org.anxiao.logistics.waste.WasteStreamRule.KIND);
    kinds.add(org.anxiao.logistics.dormitory.DormitoryRule.KIND);
    kinds.add(org.anxiao.logistics.dormitory.DormitoryInspections.KIND);
    kinds.add(org.anxiao.logistics.dormitory.NightDutyRule.KIND);
    kinds.add(org.anxiao.logistics.sixt.SixTSite.CANTEEN.kind());
    kinds.add(org.anxiao.logistics.sixt.SixTSite.DORMITORY.kind());
    kinds.add(org.anxiao.logistics.supplies.SupplyQuotaRule.KIND);
    kinds.add(org.anxiao.logistics.greening.GreeningRule.KIND);
    return List.copyOf(kinds);
  }

  @Override
  public List<String> packIndexes() {
    List<String> indexes = new ArrayList<>();
    indexes.add(index("canteen"));
    indexes.add(index("food"));
    indexes.add(index("waste"));
    indexes.add(index("dormitory"));
    indexes.add(index("sixt"));
    indexes.add(index("greening"));
    return List.copyOf(indexes);
  }

  @Override
  public List<DocumentType<?>> documentTypes() {
    List<DocumentType<?>> types = new ArrayList<>();
    types.add(org.anxiao.logistics.canteen.CanteenAccounts.DOCUMENT);
    types.add(org.anxiao.logistics.food.FoodSafetyDayLog.DOCUMENT);
    types.add(org.anxiao.logistics.waste.WasteRecord.DOCUMENT);
    types.add(org.anxiao.logistics.dormitory.Dormitory.DOCUMENT);
    types.add(org.anxiao.logistics.dormitory.NightDutyLog.DOCUMENT);
    types.add(org.anxiao.logistics.supplies.SupplyStock.DOCUMENT);
    types.add(org.anxiao.logistics.greening.CampusGreening.DOCUMENT);
    return List.copyOf(types);
  }

  /**
   * {@return the resource name of the pack index of the package {@code org.anxiao.logistics.<name>}}
   *
   * @param name the package's last segment, e.g. {@code canteen}
   */
  static String index(String name) {
    return "META-INF/anxiao/packs/logistics-" + name + "/index.json";
  }
}
