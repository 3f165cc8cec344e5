package org.anxiao.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.Semester;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.canteen.CanteenAccountReport;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostShare;
import org.anxiao.logistics.dormitory.Dormitory;
import org.anxiao.logistics.dormitory.DormitoryInspections;
import org.anxiao.logistics.dormitory.DormitoryOccupancy;
import org.anxiao.logistics.dormitory.DormitoryOccupancyResult;
import org.anxiao.logistics.dormitory.RoomOccupancy;
import org.anxiao.logistics.food.DayLogCheck;
import org.anxiao.logistics.food.FoodSafetyDayLog;
import org.anxiao.logistics.food.FoodSafetyLogs;
import org.anxiao.logistics.food.FoodTraceability;
import org.anxiao.logistics.food.Purchase;
import org.anxiao.logistics.food.PurchaseLedger;
import org.anxiao.logistics.food.TraceabilityCheck;
import org.anxiao.logistics.greening.CampusGreening;
import org.anxiao.logistics.greening.Greening;
import org.anxiao.logistics.greening.GreeningResult;
import org.anxiao.logistics.sixt.SixTPillar;
import org.anxiao.logistics.sixt.SixTScorecard;
import org.anxiao.logistics.sixt.SixTScorecards;
import org.anxiao.logistics.sixt.SixTSite;
import org.anxiao.logistics.supplies.EmergencySupplies;
import org.anxiao.logistics.supplies.SchoolSize;
import org.anxiao.logistics.supplies.SupplyLine;
import org.anxiao.logistics.supplies.SupplyResult;
import org.anxiao.logistics.supplies.SupplyStock;
import org.anxiao.logistics.waste.FoodWasteMeasures;
import org.anxiao.logistics.waste.FoodWasteRecord;
import org.anxiao.logistics.waste.FoodWasteResult;
import org.anxiao.logistics.waste.FoodWasteTrend;
import org.anxiao.logistics.waste.MeasureChange;
import org.anxiao.logistics.waste.StreamShare;
import org.anxiao.logistics.waste.WasteRecord;
import org.anxiao.logistics.waste.WasteSorting;
import org.anxiao.logistics.waste.WasteSortingResult;

/**
 * The logistics section of the demo (后勤): what the logistics module computes for the two sample schools on
 * {@link Demo#DATE}, from bundled JSON documents and a few figures given here (示例数据，虚构):
 *
 * <ol>
 *   <li>canteen accounts of the primary's 学生食堂 ({@link CanteenAccounting}), two terms: revenue, cost, surplus,
 *       ingredient share and price change; thresholds not checked under the default policy (the shipped pack is
 *       an UNVERIFIED example), then checked under {@link VerificationPolicy#ALLOW_UNVERIFIED};</li>
 *   <li>two food-safety day logs ({@link FoodSafetyLogs}, Minhang: Shanghai's seven daily records apply), a
 *       clean day and a day with a light, short-kept sample; a purchase ledger's traceability
 *       ({@link FoodTraceability}, Minhang's 阳光午餐 pack);</li>
 *   <li>food waste over two terms and its trend ({@link FoodWasteMeasures}; no target pack ships) and a month of
 *       waste sorting ({@link WasteSorting});</li>
 *   <li>the boarding school's south dormitory ({@link DormitoryOccupancy}) under both policies, three rooms'
 *       inspection and ranking ({@link DormitoryInspections}; the illustrative sheet refused under the default
 *       policy and scored under ALLOW_UNVERIFIED), and the primary canteen's 六T sheet
 *       ({@link SixTScorecards}), refused under the default policy and scored under ALLOW_UNVERIFIED;</li>
 *   <li>emergency supplies ({@link EmergencySupplies}) against the clearly fictional quota pack
 *       {@value #FICTIONAL_PACK} of the fictional area 319900 (no real quota ships), and the campus greening
 *       ({@link Greening}) of the bundled {@code campus-greening} document under Shanghai's UNVERIFIED pack.</li>
 * </ol>
 *
 * The figures are worked by hand in {@code LogisticsReportTest}.
 */
public final class LogisticsReport {
  /** The fictional quota pack, byte-identical to {@code conformance/packs/xx-fictional-emergency-supplies.json}. */
  static final String FICTIONAL_PACK = "xx-fictional-emergency-supplies.json";
  /** The fictional area of that pack, added to the directory under Shanghai (310000); no real place uses it. */
  static final JurisdictionCode FICTIONAL_AREA = JurisdictionCode.of("319900");
  /** The primary's site area (core's campus model has none). */
  static final BigDecimal SITE_SQUARE_METRES = new BigDecimal("28000");

  /** The bundled documents. */
  record Documents(CanteenAccounts current, CanteenAccounts previous, List<FoodSafetyDayLog> logs,
      WasteRecord waste, Dormitory dormitory, SupplyStock stock, CampusGreening greening) {}

  private final PrintStream out;
  private final School primary;
  private final School boarding;
  private final Documents docs;

  private LogisticsReport(PrintStream out, School primary, School boarding, Documents docs) {
    this.out = out;
    this.primary = primary;
    this.boarding = boarding;
    this.docs = docs;
  }

  /** {@return the bundled documents, each read through its document type} */
  static Documents bundled(AnxiaoJson json) {
    return new Documents(
        DemoResources.read("canteen-accounts-2024-s1.json", in -> json.readDocument(in, CanteenAccounts.DOCUMENT)),
        DemoResources.read("canteen-accounts-2024-s2.json", in -> json.readDocument(in, CanteenAccounts.DOCUMENT)),
        List.of(DemoResources.read("food-safety-log-2024-10-14.json", in -> json.readDocument(in, FoodSafetyDayLog.DOCUMENT)),
            DemoResources.read("food-safety-log-2024-10-15.json", in -> json.readDocument(in, FoodSafetyDayLog.DOCUMENT))),
        DemoResources.read("waste-record-2024-10.json", in -> json.readDocument(in, WasteRecord.DOCUMENT)),
        DemoResources.read("dormitory-dorm-s.json", in -> json.readDocument(in, Dormitory.DOCUMENT)),
        DemoResources.read("supplies-stock-2024.json", in -> json.readDocument(in, SupplyStock.DOCUMENT)),
        DemoResources.read("campus-greening-main.json", in -> json.readDocument(in, CampusGreening.DOCUMENT)));
  }

  /**
   * Prints the logistics section.
   *
   * @param out      where to print
   * @param primary  the day primary school (canteen, food, waste, 六T, supplies, greening)
   * @param boarding the boarding senior school (dormitory and room inspections)
   * @param docs     the bundled documents
   */
  public static void print(PrintStream out, School primary, School boarding, Documents docs) {
    LogisticsReport r = new LogisticsReport(out, primary, boarding, docs);
    out.println("后勤 Logistics — " + primary.name() + " and " + boarding.name() + " on " + Demo.DATE
        + " (示例数据，虚构)");
    r.canteen();
    r.food();
    r.waste();
    r.dormitory();
    r.supplies();
    r.greening();
  }

  // ---- the computations, shared with the test ----

  /** {@return the canteen report of the current term against the previous one, under {@code policy}} */
  static CanteenAccountReport canteen(School primary, Documents docs, VerificationPolicy policy) {
    return CanteenAccounting.in(RuleContext.forSchool(primary, Demo.DATE).withPolicy(policy))
        .assess(docs.current(), docs.previous());
  }

  /** {@return the checks of the bundled day logs, in date order} */
  static List<DayLogCheck> dayLogs(School primary, Documents docs) {
    FoodSafetyLogs logs = FoodSafetyLogs.in(RuleContext.forSchool(primary, Demo.DATE));
    return docs.logs().stream().map(logs::check).toList();
  }

  /** The purchase ledger (示例数据，虚构): six purchases, p6 not uploaded, p5 without its base. */
  static final PurchaseLedger LEDGER = new PurchaseLedger("can", List.of(
      purchase("p1", "大米", "示例粮油公司", Optional.of("五常基地"), true),
      purchase("p2", "青菜", "示例蔬菜公司", Optional.of("浦江蔬菜基地"), true),
      purchase("p3", "猪肉", "示例肉品公司", Optional.of("崇明养殖基地"), true),
      purchase("p4", "鸡蛋", "示例禽蛋公司", Optional.of("金山养殖基地"), true),
      purchase("p5", "鲈鱼", "示例水产公司", Optional.empty(), true),
      purchase("p6", "豆腐", "示例豆制品公司", Optional.of("松江豆制品基地"), false)));

  private static Purchase purchase(String id, String ingredient, String supplier, Optional<String> base,
      boolean online) {
    return new Purchase(id, Optional.of(ingredient), Optional.of(supplier), base, online);
  }

  /** {@return the traceability check of {@link #LEDGER}} */
  static TraceabilityCheck traceability(School primary) {
    return FoodTraceability.in(RuleContext.forSchool(primary, Demo.DATE)).check(LEDGER);
  }

  /** The food-waste records of the primary's canteen, two terms (示例数据，虚构). */
  static final List<FoodWasteRecord> FOOD_WASTE = List.of(
      new FoodWasteRecord("can", new Semester(new AcademicYear(2023), 2), 91_800, kg("3580"), kg("96000"),
          kg("4320"), 2_000, 1_560),
      new FoodWasteRecord("can", new Semester(new AcademicYear(2024), 1), 97_200, kg("3402"), kg("101500"),
          kg("3857"), 2_000, 1_700));

  private static Quantity<Mass> kg(String value) {
    return AnxiaoUnits.of(new BigDecimal(value), AnxiaoUnits.KILOGRAM_MASS);
  }

  /** {@return the food-waste trend of {@link #FOOD_WASTE}} */
  static FoodWasteTrend foodWaste(School primary) {
    return FoodWasteMeasures.in(RuleContext.forSchool(primary, Demo.DATE)).trend(FOOD_WASTE);
  }

  /** {@return the waste sorting of the bundled month} */
  static WasteSortingResult sorting(School primary, Documents docs) {
    return WasteSorting.in(RuleContext.forSchool(primary, Demo.DATE)).sort(docs.waste());
  }

  /** {@return the dormitory occupancy of the bundled building under {@code policy}} */
  static DormitoryOccupancyResult dormitory(School boarding, Documents docs, VerificationPolicy policy) {
    return DormitoryOccupancy.in(RuleContext.forSchool(boarding, Demo.DATE).withPolicy(policy))
        .assess(docs.dormitory());
  }

  /** The room inspection scores (示例数据，虚构), item by item: electricity, water, facilities, fire, theft. */
  static final Map<String, List<String>> INSPECTION_SCORES = Map.of(
      "S301", List.of("20", "20", "20", "20", "20"),
      "S302", List.of("20", "20", "15", "20", "10"),
      "S305", List.of("20", "20", "20", "20", "5"));
  /** The canteen pack's three thresholds, printed with their values under ALLOW_UNVERIFIED. */
  private static final java.util.Set<String> THRESHOLDS = java.util.Set.of("maxSurplusRate", "minIngredientShare",
      "maxPriceChange");
  private static final List<String> INSPECTION_ITEMS = List.of("electricity", "water", "facilities", "fire", "theft");

  /**
   * {@return the inspection scorecards of the three rooms under {@code policy}, by room id} The shipped sheet is an
   * UNVERIFIED example: refused ({@code RULE_UNVERIFIED}) under the default policy.
   */
  static List<Scorecard> inspections(School boarding, VerificationPolicy policy) {
    DormitoryInspections sheet = DormitoryInspections.in(RuleContext.forSchool(boarding, Demo.DATE).withPolicy(policy));
    List<Scorecard> cards = new ArrayList<>();
    for (String room : INSPECTION_SCORES.keySet().stream().sorted().toList()) {
      List<String> scores = INSPECTION_SCORES.getOrDefault(room, List.of());
      List<ItemResponse> responses = new ArrayList<>();
      for (int i = 0; i < INSPECTION_ITEMS.size(); i++) {
        responses.add(ItemResponse.scored(INSPECTION_ITEMS.get(i), scores.get(i)));
      }
      cards.add(sheet.score(Subject.of(SubjectKind.of("ROOM"), room), responses));
    }
    return cards;
  }

  /** The 六T canteen responses (示例数据，虚构): two items per pillar, each of 10 points. */
  static final List<ItemResponse> SIXT_RESPONSES = List.of(
      ItemResponse.scored("sorting-out-unneeded", "10"), ItemResponse.scored("sorting-out-expired", "10"),
      ItemResponse.scored("integration-places", "10"), ItemResponse.scored("integration-raw-cooked", "5"),
      ItemResponse.scored("sweeping-floors", "10"), ItemResponse.scored("sweeping-equipment", "10"),
      ItemResponse.scored("standardisation-procedures", "10"), ItemResponse.scored("standardisation-labels", "5"),
      ItemResponse.scored("checking-daily-check", "10"), ItemResponse.scored("checking-rectified", "10"),
      ItemResponse.scored("improvement-review", "5"), ItemResponse.scored("improvement-suggestions", "5"));

  /** {@return the primary canteen's 六T scorecard under {@code policy}} */
  static SixTScorecard sixt(School primary, VerificationPolicy policy) {
    return SixTScorecards.in(RuleContext.forSchool(primary, Demo.DATE).withPolicy(policy), SixTSite.CANTEEN)
        .score(Subject.of(SubjectKind.BUILDING, "can"), SIXT_RESPONSES);
  }

  /** {@return the context of the fictional quota: area 319900 under Shanghai, the pack loaded, ALLOW_UNVERIFIED} */
  static RuleContext fictionalQuota() {
    JurisdictionDirectory directory = JurisdictionDirectory.standard().withEntries(List.of(new Jurisdiction(
        FICTIONAL_AREA, new LocalizedText("虚构测试地区（非真实行政区划）", "Fictional test area (not a real division)"),
        Optional.of(JurisdictionCode.of("310000")))));
    RulePackRegistry registry = RulePackRegistry.builder().jurisdictions(directory)
        .addClassPath(LogisticsReport.class.getClassLoader())
        .add(DemoResources.read(FICTIONAL_PACK, in -> RulePackReader.read(in, FICTIONAL_PACK)))
        .build();
    return RuleContext.of(registry, FICTIONAL_AREA, Demo.DATE).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
  }

  /** {@return the primary's size for the quota: its pupils, buildings and floor area, and the site area} */
  static SchoolSize size(School primary) {
    return SchoolSize.of(primary, area(SITE_SQUARE_METRES));
  }

  /** {@return the emergency-supplies assessment of the bundled stock against the fictional quota} */
  static SupplyResult supplies(School primary, Documents docs) {
    return EmergencySupplies.in(fictionalQuota()).assess(size(primary), docs.stock(), Demo.DATE);
  }

  private static Quantity<Area> area(BigDecimal squareMetres) {
    return AnxiaoUnits.of(squareMetres, AnxiaoUnits.SQUARE_METER);
  }

  /** {@return the greening assessment of the bundled campus greening (示例数据，虚构)} */
  static GreeningResult greening(School primary, Documents docs) {
    return Greening.in(RuleContext.forSchool(primary, Demo.DATE)).assess(docs.greening());
  }

  // ---- printing ----

  private void canteen() {
    CanteenAccountReport d = canteen(primary, docs, VerificationPolicy.DEFAULT);
    CanteenAccounts c = d.input();
    out.println("  食堂核算 Canteen accounts (" + CanteenAccounting.ID + "), " + c.canteenName() + " [" + c.canteenId()
        + "] " + c.period().code() + ", " + String.format(Locale.ROOT, "%,d", c.personMeals().orElse(0L))
        + " person-meals, 餐标 " + c.standardPrice().map(p -> p.value().toPlainString()).orElse("-") + ":");
    out.println("    Revenue 收入 " + yuan(d.totalRevenue().value()) + " (meal fees 伙食费 " + yuan(d.mealFees().value())
        + "), cost 成本 " + yuan(d.totalCost().value()) + (d.depreciationCounted() ? " incl. depreciation" : "")
        + ", surplus 结余 " + yuan(d.surplus().value()) + ", surplus rate " + ratio(d.surplusRate()));
    out.println("    Cost shares: " + d.costBreakdown().stream().filter(CostShare::counted)
        .map(s -> s.category() + " " + ratio(s.share())).collect(Collectors.joining(", ")));
    out.println("    Ingredient share 食材成本占比 (of " + d.ingredientShareBasis() + ") " + ratio(d.ingredientShare())
        + "; price change 餐价变动 from " + d.previous().map(p -> p.period().code()).orElse("-") + " "
        + d.priceChange().map(p -> p.previous().value().toPlainString() + " → " + p.current().value().toPlainString()
            + " = " + ratio(p.change())).orElse("-"));
    out.println("    Default policy (pack " + packs(d.packs()) + " is UNVERIFIED): example readings assumed, thresholds not"
        + " checked — " + d.findings().stream().map(f -> f.code().value().replace("LOGISTICS.CANTEEN.", ""))
        .collect(Collectors.groupingBy(code -> code, LinkedHashMap::new, Collectors.counting())).entrySet()
        .stream().map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).collect(Collectors.joining(", "))
        + " (" + d.findings().size() + " findings, no rule value read)");
    d.findings().stream().filter(f -> f.code().equals(CanteenAccounting.NOT_CHECKED)).findFirst()
        .ifPresent(f -> out.println("     [" + f.severity() + "] " + f.message().zh()));
    CanteenAccountReport a = canteen(primary, docs, VerificationPolicy.ALLOW_UNVERIFIED);
    out.println("    ALLOW_UNVERIFIED: " + a.rules().stream().filter(r -> THRESHOLDS.contains(r.parameter()))
        .map(r -> r.parameter() + " " + r.value()).collect(Collectors.joining(", ")) + " → "
        + (a.findings().isEmpty() ? "all met, no finding 无发现" : a.findings().size() + " findings:"));
    findings(a.findings());
  }

  private void food() {
    List<DayLogCheck> checks = dayLogs(primary, docs);
    out.println("  食品安全日志 Food-safety day logs (" + FoodSafetyLogs.ID + "), packs " + packs(checks.get(0).packs())
        + ":");
    for (DayLogCheck c : checks) {
      out.println("    " + c.log().date() + ": " + c.log().meals().stream().map(m -> m.meal() + " " + m.dishes())
          .collect(Collectors.joining("; ")) + " → " + (c.compliant() ? "compliant 合规, no finding" : c.findings().size()
          + " findings:"));
      for (Finding f : c.findings()) {
        out.println("     [" + f.severity() + "] " + f.message().zh() + " — " + cited(f.rules()));
      }
    }
    TraceabilityCheck t = traceability(primary);
    out.println("  追溯 Traceability (" + FoodTraceability.ID + ", " + packs(t.packs()) + "): " + t.purchases()
        + " purchases, on-line 上传 " + t.online() + " = " + ratio(t.onlineRate()) + " (offline " + t.offline()
        + "), three-level complete 三级追溯完整 " + t.complete() + " = " + ratio(t.completenessRate()) + ":");
    for (Finding f : t.findings()) {
      out.println("     [" + f.severity() + "] " + f.message().zh() + " — " + cited(f.rules()));
    }
  }

  private void waste() {
    FoodWasteTrend trend = foodWaste(primary);
    out.println("  餐厨浪费 Food waste (" + FoodWasteMeasures.ID + "), canteen " + trend.canteen()
        + "; no target pack ships (沪教委保〔2021〕13号 sets no number): measures only");
    for (FoodWasteResult r : trend.terms()) {
      out.println(String.format(Locale.ROOT, "    %s: %,d person-meals, plate waste %s g/person-meal, loss rate %s,"
          + " clean-tray rate %s", r.record().period().code(), r.record().personMeals(),
          r.figures().plateWastePerMeal().map(BigDecimal::toPlainString).orElse("-"), ratio(r.figures().lossRate()),
          ratio(r.figures().cleanTrayRate())));
    }
    out.println("    Trend 趋势: " + trend.changes().stream().map(MeasureChange::measure).distinct()
        .map(m -> m.label().zh() + " " + trend.changes(m).stream().map(c -> c.direction().toString())
            .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    WasteSortingResult s = sorting(primary, docs);
    WasteRecord w = s.record();
    out.println("  垃圾分类 Waste sorting (" + WasteSorting.ID + ", " + packs(s.packs()) + "), campus " + w.campus() + " "
        + w.period().code() + ": total " + s.figures().totalKg().toPlainString() + " kg");
    out.println("    Shares: " + s.figures().streams().stream().map(this::share).collect(Collectors.joining(", "))
        + "; sorting accuracy " + ratio(s.figures().sortingAccuracy()) + " (" + w.binsCorrect() + "/"
        + w.binsInspected() + " bins)");
    out.println("    Recovered " + s.figures().recoveredKg().toPlainString() + " kg, recycling rate "
        + ratio(s.figures().recyclingRate()) + "; per person per day " + s.figures().perPersonDay()
        .map(BigDecimal::toPlainString).orElse("-") + " kg (" + w.headcount() + " people × " + w.days() + " days); "
        + (s.findings().isEmpty() ? "no target, no finding" : s.findings().size() + " findings"));
  }

  private String share(StreamShare s) {
    return s.stream().label().zh() + " " + s.kg().toPlainString() + " kg " + ratio(s.share());
  }

  private void dormitory() {
    DormitoryOccupancyResult d = dormitory(boarding, docs, VerificationPolicy.DEFAULT);
    out.println("  宿舍 Dormitory (" + DormitoryOccupancy.ID + "), " + boarding.name() + " " + d.input().name() + " ["
        + d.input().id() + "], packs " + packs(d.packs()) + ":");
    out.println("    Rooms: " + d.rooms().stream().map(r -> r.roomId() + " " + r.occupants() + "/" + r.designCapacity()
        + " " + r.rate().toPlainString()).collect(Collectors.joining(", ")) + "; building " + d.occupants() + "/"
        + d.designCapacity() + " = " + d.rate().toPlainString());
    out.println("    Default policy: skipped " + d.skipped() + "; over capacity " + d.overCapacity() + "; findings:");
    for (Finding f : d.findings()) {
      if (!f.code().equals(DormitoryOccupancy.SUMMARY)) {
        out.println("     [" + f.severity() + "] " + f.message().zh() + (f.rules().isEmpty() ? "" : " — " + cited(f.rules())));
      }
    }
    DormitoryOccupancyResult a = dormitory(boarding, docs, VerificationPolicy.ALLOW_UNVERIFIED);
    out.println("    ALLOW_UNVERIFIED: over capacity " + a.overCapacity() + " " + a.rooms().stream()
        .filter(RoomOccupancy::overCapacity).map(r -> "(" + r.occupants() + " > " + r.designCapacity() + ")")
        .collect(Collectors.joining(" ")) + ":");
    findings(a.findings().stream().filter(f -> f.code().equals(DormitoryOccupancy.OVER_CAPACITY)).toList());
    try {
      inspections(boarding, VerificationPolicy.DEFAULT);
      out.println("  寝室检查评比: scored under the default policy");
    } catch (RulePackException e) {
      out.println("  寝室检查评比 Room inspection (" + DormitoryInspections.ID + ") under the default policy: refused "
          + e.errorCode() + " (the illustrative sheet is UNVERIFIED)");
    }
    List<Scorecard> cards = inspections(boarding, VerificationPolicy.ALLOW_UNVERIFIED);
    out.println("    ALLOW_UNVERIFIED, " + cards.get(0).checklistId() + ": "
        + DormitoryInspections.rank(cards).stream().map(r -> r.rank() + ". " + r.roomId() + " "
            + r.total().stripTrailingZeros().toPlainString() + " " + r.grade().title().zh())
            .collect(Collectors.joining(", ")));
    try {
      sixt(primary, VerificationPolicy.DEFAULT);
      out.println("  六T: scored under the default policy");
    } catch (RulePackException e) {
      out.println("  六T 食堂 canteen sheet (" + SixTScorecards.ID + ") under the default policy: refused "
          + e.errorCode() + " (the illustrative sheet is UNVERIFIED)");
    }
    SixTScorecard c = sixt(primary, VerificationPolicy.ALLOW_UNVERIFIED);
    out.println("    ALLOW_UNVERIFIED, " + c.scorecard().checklistId() + ": " + List.of(SixTPillar.values()).stream()
        .map(p -> p.label().zh() + " " + c.pillar(p).stripTrailingZeros().toPlainString())
        .collect(Collectors.joining(", ")) + " → total " + c.total().stripTrailingZeros().toPlainString() + " "
        + c.scorecard().grade().title().zh());
  }

  private void supplies() {
    SupplyResult a = supplies(primary, docs);
    SchoolSize s = a.size();
    out.println("  防汛防台物资 Emergency supplies (" + EmergencySupplies.ID + ") on " + a.on() + " — fictional quota "
        + packs(a.packs()) + " of the fictional area " + FICTIONAL_AREA + ", ALLOW_UNVERIFIED; school " + s.pupils()
        + " pupils, " + s.buildings() + " buildings, floor " + s.floorArea().getValue() + " m², site "
        + s.siteArea().getValue() + " m²:");
    for (SupplyLine l : a.lines()) {
      out.println(String.format(Locale.ROOT, "    %-14s %s required %5s%s usable %5s, expired %s, expiring %s%s%s",
          l.item(), ReportText.pad(l.name().zh(), 10), plain(l.required()), "1".equals(l.unit()) ? "  " : " " + l.unit(),
          plain(l.usable()), plain(l.expired()), plain(l.expiring()),
          l.nextExpiry().map(e -> " (next expiry " + e + ")").orElse(""),
          l.isShort() ? " → SHORT 不足 " + plain(l.shortfall()) : ""));
    }
    findings(a.findings());
  }

  private void greening() {
    GreeningResult g = greening(primary, docs);
    CampusGreening c = g.campus();
    out.println("  绿化 Greening (" + Greening.ID + ", " + packs(g.packs()) + "), campus " + c.campusId() + " "
        + c.status() + ": site " + plain(c.siteSquareMetres()) + " m², green space " + plain(c.greenSpaceSquareMetres())
        + " m² → " + ratio(g.greenSpaceRatio()) + ", green cover " + plain(c.greenCoverSquareMetres()) + " m² → "
        + ratio(g.coverage()) + " (roof " + plain(c.roofSquareMetres()) + " and vertical "
        + plain(c.verticalSquareMetres()) + " m² counted " + plain(g.coverageArea().counted().subtract(
            g.coverageArea().ground())) + ")");
    findings(g.findings());
  }

  // ---- helpers ----

  private void findings(List<Finding> findings) {
    for (Finding f : findings) {
      out.println("     [" + f.severity() + "] " + f.message().zh());
    }
  }

  private static String cited(List<AppliedRule> rules) {
    return rules.stream().map(r -> r.pack() + "/" + r.parameter()).distinct().collect(Collectors.joining(", "));
  }

  private static String packs(List<PackRef> refs) {
    return refs.stream().map(PackRef::toString).collect(Collectors.joining(", "));
  }

  private static String ratio(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("-");
  }

  private static String yuan(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
