package org.anxiao.safety.fire;

import static org.anxiao.safety.fire.FireCases.Y2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/**
 * The fire model on the wire, across threads and locales, and against values of the wrong type
 * smuggled in through raw rule values.
 */
class MajorFireHazardModelTest {

  @Test
  void aCaseAndTheCatalogueRoundTripThroughTheStrictReader() {
    HazardCase c = new HazardCase(FireCases.building(BuildingUse.CANTEEN), Set.of(PremisesType.FLAMMABLE_EXPLOSIVE),
        List.of("7.3.1", "6.9"), List.of("OPERATION_STOPPED"));
    String json = AnxiaoJson.strict().write(c);
    assertEquals(c, AnxiaoJson.strict().read(json, HazardCase.class));
    ElementCatalogue catalogue = FireCases.engine(Y2024).rules().value().catalogue().value();
    assertEquals(catalogue, AnxiaoJson.strict().read(AnxiaoJson.strict().write(catalogue), ElementCatalogue.class));
    CountingRule rule = FireCases.engine(Y2024).rules().value().countingRules().get(2).value();
    assertEquals(rule, AnxiaoJson.strict().read(AnxiaoJson.strict().write(rule), CountingRule.class));
  }

  @Test
  void aCaseWithAnUnknownFieldOrAWrongPremisesTypeIsRefused() {
    String json = AnxiaoJson.strict().write(FireCases.of(BuildingUse.TEACHING, "7.3.1"));
    AnxiaoException unknown = assertThrows(AnxiaoException.class,
        () -> AnxiaoJson.strict().read(json.replaceFirst("\\{", "{\"extra\":1,"), HazardCase.class));
    assertEquals("JSON_UNKNOWN_FIELD", unknown.errorCode());
    AnxiaoException crowded = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict()
        .read(json.replace("\"declaredPremises\":[]", "\"declaredPremises\":[\"CROWDED\"]"), HazardCase.class));
    assertTrue(crowded.getMessage().contains("declaredPremises"), crowded.getMessage());
  }

  @Test
  void theEngineGivesTheSameResultsFromManyThreads() throws Exception {
    MajorFireHazards engine = FireCases.engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED);
    List<String> ids = engine.rules().value().catalogue().value().elements().stream().map(HazardElement::id).toList();
    List<HazardCase> cases = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      List<String> found = new ArrayList<>();
      for (int j = 0; j < ids.size(); j++) {
        if ((j * 7 + i * 13) % 9 < 1 + i % 3) {
          found.add(ids.get(j));
        }
      }
      cases.add(FireCases.of(BuildingUse.values()[i % BuildingUse.values().length], found.toArray(String[]::new)));
    }
    List<MajorFireHazardDetermination> sequential = cases.stream().map(engine::determine).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MajorFireHazardDetermination>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (HazardCase c : cases) {
          futures.add(pool.submit(() -> engine.determine(c)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % cases.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theResultDoesNotDependOnTheDefaultLocaleOrZone() {
    HazardCase c = FireCases.of(BuildingUse.TEACHING, "7.3.1", "7.5", "7.9.3");
    MajorFireHazardDetermination here = FireCases.engine(Y2024).determine(c);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("hi-IN"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
      assertEquals(here, FireCases.engine(Y2024).determine(c));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aRawRuleValueOfTheWrongTypeIsRefused() {
    MajorFireHazardRule bound = FireCases.engine(Y2024).rules().value();
    RuleValue wrong = new RuleValue("not a value", bound.catalogue().applied());
    List<RuleValue<CountingRule>> none = List.of();
    assertThrows(AnxiaoException.class, () -> new MajorFireHazardRule(wrong, bound.catalogue(), bound.exclusions(), none));
    assertThrows(AnxiaoException.class,
        () -> new MajorFireHazardRule(bound.premisesTypes(), wrong, bound.exclusions(), none));
    assertThrows(AnxiaoException.class,
        () -> new MajorFireHazardRule(bound.premisesTypes(), bound.catalogue(), wrong, none));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> new MajorFireHazardRule(bound.premisesTypes(),
        bound.catalogue(), bound.exclusions(), List.of(bound.countingRules().get(0), wrong)));
    assertEquals("countingRules[1]", e.field().orElseThrow());
    assertEquals(bound, new MajorFireHazardRule(bound.premisesTypes(), bound.catalogue(), bound.exclusions(),
        bound.countingRules()));
  }
}
