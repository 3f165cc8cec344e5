package org.anxiao.core.error;

import org.anxiao.core.testkit.gen.ScorecardGenerators;
import org.anxiao.core.testkit.gen.ValueGenerators;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.anxiao.core.batch.DecimalQuantityArray;
import org.anxiao.core.batch.DoubleDateSeries;
import org.anxiao.core.batch.DoubleQuantityArray;
import org.anxiao.core.batch.ValuesWithFailures;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.GradeBand;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Public factories and calculators fed arbitrary input — NaN, ±∞, negatives, zero, huge values,
 * empty collections, nulls, random text — either return a valid result or throw the library's own
 * {@link AnxiaoException}; never NullPointerException, NumberFormatException or a JDK exception.
 */
class BadInputProperties {
  private static void onlyValidOrDocumented(Supplier<?> call) {
    try {
      Object result = call.get();
      assertTrue(result != null);
    } catch (AnxiaoException expected) {
      assertTrue(!expected.getMessage().isBlank());
    } catch (RuntimeException other) {
      fail("undocumented exception " + other, other);
    }
  }

  @Test
  void quantitiesAndAreas() {
    qt().withExamples(400).forAll(ValueGenerators.awkwardDoubles()).checkAssert(d -> {
      onlyValidOrDocumented(() -> AnxiaoUnits.of(d, AnxiaoUnits.SQUARE_METER));
      onlyValidOrDocumented(() -> Building.builder().id("b").name("n").use(BuildingUse.OTHER)
          .grossFloorArea(AnxiaoUnits.of(d, AnxiaoUnits.SQUARE_METER)).build());
    });
  }

  @Test
  void textParsers() {
    qt().withExamples(600).forAll(ValueGenerators.awkwardStrings()).checkAssert(s -> {
      onlyValidOrDocumented(() -> Period.parse(s));
      onlyValidOrDocumented(() -> JurisdictionCode.of(s));
      onlyValidOrDocumented(() -> Money.ofYuan(s));
      onlyValidOrDocumented(() -> AnxiaoUnits.decimal(s));
      onlyValidOrDocumented(() -> AnxiaoUnits.unit(s));
      onlyValidOrDocumented(() -> SubjectKind.of(s));
      onlyValidOrDocumented(() -> UnitContribution.scaled(s, "kW", BigDecimal.TEN));
      onlyValidOrDocumented(() -> SubjectKindContribution.of(s, LocalizedText.of("表", "meter")));
      onlyValidOrDocumented(() -> DocumentType.of(s, String.class, String.class.getModule(), s));
      onlyValidOrDocumented(() -> ItemResponse.scored("i1", s));
      onlyValidOrDocumented(() -> org.anxiao.core.rule.DecimalEntry.of(s));
    });
  }

  @Test
  void jsonReaders() {
    qt().withExamples(300).forAll(ValueGenerators.awkwardStrings()).checkAssert(s -> {
      String json = s == null ? "null" : s;
      onlyValidOrDocumented(() -> AnxiaoJson.strict().read(json, School.class));
      onlyValidOrDocumented(() -> AnxiaoJson.strict().read(json, RulePack.class));
      onlyValidOrDocumented(() -> AnxiaoJson.strict().read("{\"value\":\"" + json + "\",\"unit\":\"CNY\"}", Money.class));
    });
  }

  @Test
  void scorecardWithArbitraryResponses() {
    Checklist checklist = Checklist.builder().id("c").title(LocalizedText.of("表", "sheet"))
        .addSections(new ChecklistSection("s", LocalizedText.of("节", "section"), Optional.empty(), List.of(
            new ChecklistItem("i1", LocalizedText.of("一", "one"), BigDecimal.TEN, Optional.empty(), false, Optional.empty()),
            new ChecklistItem("i2", LocalizedText.of("二", "two"), BigDecimal.ONE, Optional.empty(), true, Optional.empty()))))
        .addGrades(new GradeBand("F", LocalizedText.of("差", "fail"), BigDecimal.ZERO)).build();
    Gen<ItemResponse> responses = ScorecardGenerators.responses(List.of("i1", "i2", "i3"));
    qt().withExamples(400).forAll(lists().of(responses).ofSizeBetween(0, 4)).checkAssert(rs -> {
      List<ItemResponse> withNull = new ArrayList<>(rs);
      onlyValidOrDocumented(() -> Scorecards.score(checklist, Subject.of(SubjectKind.SCHOOL, "s"), withNull));
      withNull.add(null);
      onlyValidOrDocumented(() -> Scorecards.score(checklist, Subject.of(SubjectKind.SCHOOL, "s"), withNull));
    });
    onlyValidOrDocumented(() -> Scorecards.score(checklist, Subject.of(SubjectKind.SCHOOL, "s"), null));
    onlyValidOrDocumented(() -> Scorecards.score(null, null, List.of()));
  }

  @Test
  void batchColumnsAndSeries() {
    qt().withExamples(400).forAll(lists().of(ValueGenerators.awkwardDoubles()).ofSizeBetween(0, 6), ValueGenerators.awkwardDoubles(), ValueGenerators.awkwardStrings())
        .checkAssert((values, factor, unit) -> {
          double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
          onlyValidOrDocumented(() -> DoubleQuantityArray.of(unit, v));
          onlyValidOrDocumented(() -> DoubleQuantityArray.of("kWh", v).multipliedBy(factor).convertedTo(unit).sum());
          onlyValidOrDocumented(() -> DoubleQuantityArray.of("kWh", v).plus(DoubleQuantityArray.of("kWh", factor)));
          onlyValidOrDocumented(() -> DoubleQuantityArray.of("kWh", v).toDecimalArray().multipliedBy(factor).sum());
          onlyValidOrDocumented(() -> DecimalQuantityArray.of(unit, java.math.BigDecimal.ONE).convertedTo("kgce"));
          onlyValidOrDocumented(() -> {
            DoubleDateSeries.Builder b = DoubleDateSeries.builder("m3");
            for (int i = 0; i < v.length; i++) {
              b.put(java.time.LocalDate.of(2024, 1, 1).plusDays(i % 3), v[i]);
            }
            return b.build().sum();
          });
          onlyValidOrDocumented(() -> ValuesWithFailures.apply(values, d -> DoubleQuantityArray.of(unit, d)));
        });
    onlyValidOrDocumented(() -> DoubleQuantityArray.of("kWh", (double[]) null));
    onlyValidOrDocumented(() -> DecimalQuantityArray.of("kWh", (java.math.BigDecimal) null));
    onlyValidOrDocumented(() -> DoubleDateSeries.of("kWh", null, null));
    onlyValidOrDocumented(() -> ValuesWithFailures.apply(null, null));
  }

  @Test
  void nullsIntoBuildersAndRecords() {
    onlyValidOrDocumented(() -> LocalizedText.of(null, "x"));
    onlyValidOrDocumented(() -> School.builder().id(null));
    onlyValidOrDocumented(() -> Subject.of(null, "x"));
    onlyValidOrDocumented(() -> AnxiaoJson.strict().read((String) null, School.class));
    onlyValidOrDocumented(() -> AnxiaoUnits.of((Number) null, AnxiaoUnits.KILOWATT_HOUR));
  }
}
