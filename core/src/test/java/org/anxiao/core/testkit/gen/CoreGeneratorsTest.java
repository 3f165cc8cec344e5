package org.anxiao.core.testkit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * The kit's generators of core's types: valid values are accepted and survive core's JSON, edge
 * cases sit where they claim, and every labelled invalid value is refused with its code and field.
 */
class CoreGeneratorsTest {
  private static final Laws LAWS = Laws.seeded(14, 100);
  private static final ObjectMapper JSON = AnxiaoJson.strict().mapperCopy();
  private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

  @Test
  void validValuesSurviveCoresJson() {
    LAWS.jsonRoundTrip(RosterGenerators.schools(), School.class, JSON);
    LAWS.jsonRoundTrip(GeoGenerators.points(), GeoPoint.class, JSON);
    for (CoordinateSystem crs : CoordinateSystem.values()) {
      LAWS.withExamples(20).jsonRoundTrip(GeoGenerators.boundaries(crs), Boundary.class, JSON);
    }
    LAWS.jsonRoundTrip(PeriodGenerators.periods(1900, 2198), Period.class, JSON);
    LAWS.jsonRoundTrip(PeriodGenerators.edgePeriods(), Period.class, JSON);
    LAWS.jsonRoundTrip(ValueGenerators.money().mix(ValueGenerators.moneyEdges(), 30), Money.class, JSON);
    LAWS.jsonRoundTrip(UnitGenerators.measures(), Measure.class, JSON);
    LAWS.jsonRoundTrip(BatchGenerators.failures(), Failure.class, JSON);
    for (JurisdictionLevel level : JurisdictionLevel.values()) {
      LAWS.withExamples(20).jsonRoundTrip(ValueGenerators.jurisdictions(level), JurisdictionCode.class, JSON);
    }
  }

  @Test
  void generatorsKeepTheirPromises() {
    qt().withFixedSeed(14).withExamples(100).forAll(GeoGenerators.points(CoordinateSystem.BD09), RosterGenerators.schools())
        .checkAssert((p, s) -> {
          assertEquals(CoordinateSystem.BD09, p.system());
          assertTrue(s.type().stages().containsAll(s.stages()), s.toString());
        });
    for (JurisdictionLevel level : JurisdictionLevel.values()) {
      qt().withExamples(20).forAll(ValueGenerators.jurisdictions(level)).checkAssert(j -> assertEquals(level, j.level()));
    }
    for (String kind : UnitGenerators.kinds()) {
      qt().withExamples(20).forAll(UnitGenerators.measures(kind))
          .checkAssert(m -> assertEquals(kind, AnxiaoUnits.definitions().get(m.unit()).kind()));
    }
  }

  @Test
  void edgePeriodsAndDatesParseBack() {
    qt().withFixedSeed(14).withExamples(200).forAll(PeriodGenerators.edgePeriods(), PeriodGenerators.edgeDates())
        .checkAssert((p, d) -> {
          assertEquals(p, Period.parse(p.code()));
          assertTrue(d.getYear() >= 1900 && d.getYear() <= 2200, d.toString());
        });
  }

  @Test
  void invalidValuesAreRefusedWithTheirCodeAndField() {
    LAWS.rejects(UnitGenerators.invalid());
    LAWS.rejects(RosterGenerators.invalid());
    LAWS.rejects(GeoGenerators.invalidPoints());
    LAWS.rejects(GeoGenerators.invalidBoundaries());
    LAWS.rejects(PeriodGenerators.invalidCodes());
    LAWS.rejects(PeriodGenerators.overlapping());
    LAWS.rejects(ValueGenerators.invalidJurisdictions());
    LAWS.rejects(ValueGenerators.invalidMoney());
  }

  @Test
  void scorecardsAtGradeBandBoundariesGetTheBandOfTheirTotal() {
    qt().withExamples(50).forAll(ScorecardGenerators.gradeBoundaryResponses()).checkAssert(rs -> {
      Scorecard card = Scorecards.score(ScorecardGenerators.gradedChecklist(), Subject.of(SubjectKind.SCHOOL, "S1"), rs);
      assertEquals(ScorecardGenerators.expectedGrade(card.total()), card.grade().code(), card.total().toPlainString());
    });
    LAWS.oneGrade(ScorecardGenerators.gradeBoundaryResponses(), rs -> List.of(Scorecards.score(
        ScorecardGenerators.gradedChecklist(), Subject.of(SubjectKind.SCHOOL, "S1"), rs).grade()));
  }

  @Test
  void crowdedPlaceEdgeBuildingsAreCrowdedExactlyWhenTheShippedPackListsTheirUse() {
    CrowdedPlaces places = CrowdedPlaces.in(RuleContext.of(RulePackRegistry.standard(), JurisdictionCode.CN, DAY));
    Set<?> crowded = SchoolGenerators.crowdedPlaceUses(DAY);
    assertTrue(!crowded.isEmpty());
    qt().withExamples(50).forAll(SchoolGenerators.crowdedPlaceEdgeBuildings(DAY))
        .checkAssert(b -> assertEquals(crowded.contains(b.use()), places.determine(b).crowded(), b.use().toString()));
  }

  @Test
  void lawsHoldForCoresUnitsAndMoney() {
    LAWS.unitRoundTrip(UnitGenerators.quantities(AnxiaoUnits.KILOWATT_HOUR), AnxiaoUnits.KILOJOULE);
    LAWS.unitRoundTrip(UnitGenerators.quantities(AnxiaoUnits.TONNE_COAL_EQUIVALENT), AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT);
    LAWS.additive(lists().of(ValueGenerators.money()).ofSizeBetween(0, 10),
        ms -> ms.stream().reduce(Money.ZERO, Money::plus).value());
    LAWS.monotone(UnitGenerators.values(),
        (BigDecimal v) -> AnxiaoUnits.toDecimal(AnxiaoUnits.of(v, AnxiaoUnits.KILOWATT_HOUR), AnxiaoUnits.MEGAJOULE));
  }
}
