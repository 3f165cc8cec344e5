package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.testkit.gen.FindingGenerators;
import org.anxiao.core.testkit.gen.PeriodGenerators;
import org.anxiao.core.testkit.gen.RuleGenerators;
import org.anxiao.core.testkit.gen.SchoolGenerators;
import org.anxiao.core.testkit.gen.ScorecardGenerators;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.anxiao.core.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every model survives write → read unchanged, and writing is deterministic. */
class ModelRoundTripProperties {
  private static final AnxiaoJson JSON = AnxiaoJson.strict();

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(150).forAll(gen).checkAssert(value -> {
      String text = JSON.write(value);
      T back = JSON.read(text, type);
      assertEquals(value, back, text);
      assertEquals(text, JSON.write(back), "writing is deterministic");
    });
  }

  @Test
  void schools() {
    roundTrips(SchoolGenerators.schools(), School.class);
  }

  @Test
  void schoolDocuments() {
    roundTrips(SchoolGenerators.schools().map(SchoolDocument::of), SchoolDocument.class);
  }

  @Test
  void campuses() {
    roundTrips(SchoolGenerators.campuses(), Campus.class);
  }

  @Test
  void buildings() {
    roundTrips(SchoolGenerators.buildings(), Building.class);
  }

  @Test
  void rulePacks() {
    roundTrips(RuleGenerators.rulePacks(), RulePack.class);
  }

  @Test
  void findings() {
    roundTrips(FindingGenerators.findings(), Finding.class);
  }

  @Test
  void assessments() {
    roundTrips(FindingGenerators.assessments(), Assessment.class);
  }

  @Test
  void checklists() {
    roundTrips(ScorecardGenerators.checklists(), org.anxiao.core.scorecard.Checklist.class);
  }

  @Test
  void scorecards() {
    roundTrips(ScorecardGenerators.scorecards(), org.anxiao.core.scorecard.Scorecard.class);
  }

  @Test
  void citations() {
    roundTrips(RuleGenerators.citations(), org.anxiao.core.rule.Citation.class);
  }

  @Test
  void jurisdictionTables() {
    qt().withExamples(20).forAll(org.quicktheories.generators.SourceDSL.integers().between(1, 77)).checkAssert(n -> {
      java.util.List<org.anxiao.core.jurisdiction.Jurisdiction> entries =
          org.anxiao.core.jurisdiction.JurisdictionDirectory.standard().all().stream().limit(n).toList();
      org.anxiao.core.jurisdiction.JurisdictionTable table = new org.anxiao.core.jurisdiction.JurisdictionTable("1.0",
          org.anxiao.core.text.LocalizedText.of("节选", "excerpt"), org.anxiao.core.rule.Citation.of("中华人民共和国民政部", "2019年中华人民共和国县以上行政区划代码", 2019),
          org.anxiao.core.rule.Verification.SECONDARY, java.util.Optional.empty(), entries);
      String text = JSON.write(table);
      assertEquals(table, JSON.read(text, org.anxiao.core.jurisdiction.JurisdictionTable.class));
      assertEquals(table, JSON.readDocument(text, org.anxiao.core.jurisdiction.JurisdictionTable.DOCUMENT));
    });
  }

  @Test
  void documentsAlsoPassTheirSchemas() {
    qt().withExamples(60).forAll(RuleGenerators.rulePacks()).checkAssert(p ->
        assertEquals(p, JSON.readDocument(JSON.write(p), RulePack.DOCUMENT)));
    qt().withExamples(60).forAll(SchoolGenerators.schools().map(SchoolDocument::of)).checkAssert(d ->
        assertEquals(d, JSON.readDocument(JSON.write(d), SchoolDocument.DOCUMENT)));
    qt().withExamples(60).forAll(FindingGenerators.assessments()).checkAssert(a ->
        assertEquals(a, JSON.readDocument(JSON.write(a), Assessment.DOCUMENT)));
    qt().withExamples(60).forAll(ScorecardGenerators.scorecards()).checkAssert(s ->
        assertEquals(s, JSON.readDocument(JSON.write(s), org.anxiao.core.scorecard.Scorecard.DOCUMENT)));
    qt().withExamples(60).forAll(ScorecardGenerators.checklists()).checkAssert(c ->
        assertEquals(c, JSON.readDocument(JSON.write(c), org.anxiao.core.scorecard.Checklist.DOCUMENT)));
  }

  @Test
  void periods() {
    roundTrips(PeriodGenerators.periods(), Period.class);
  }

  @Test
  void money() {
    roundTrips(ValueGenerators.money(), Money.class);
  }

  @Test
  void periodCodesParseBack() {
    qt().forAll(PeriodGenerators.periods()).checkAssert(p -> {
      assertEquals(p, Period.parse(p.code()));
      assertEquals("\"" + p.code() + "\"", JSON.write(p));
    });
  }
}
