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
import org.anxiao.core.testing.ModelGenerators;
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
    roundTrips(ModelGenerators.schools(), School.class);
  }

  @Test
  void schoolDocuments() {
    roundTrips(ModelGenerators.schools().map(SchoolDocument::of), SchoolDocument.class);
  }

  @Test
  void campuses() {
    roundTrips(ModelGenerators.campuses(), Campus.class);
  }

  @Test
  void buildings() {
    roundTrips(ModelGenerators.buildings(), Building.class);
  }

  @Test
  void rulePacks() {
    roundTrips(ModelGenerators.rulePacks(), RulePack.class);
  }

  @Test
  void findings() {
    roundTrips(ModelGenerators.findings(), Finding.class);
  }

  @Test
  void assessments() {
    roundTrips(ModelGenerators.assessments(), Assessment.class);
  }

  @Test
  void periods() {
    roundTrips(ModelGenerators.periods(), Period.class);
  }

  @Test
  void money() {
    roundTrips(ModelGenerators.money(), Money.class);
  }

  @Test
  void periodCodesParseBack() {
    qt().forAll(ModelGenerators.periods()).checkAssert(p -> {
      assertEquals(p, Period.parse(p.code()));
      assertEquals("\"" + p.code() + "\"", JSON.write(p));
    });
  }
}
