package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The canteen accounts as a JSON document: schema in the jar, round trip, wrong currency and negative money refused. */
class CanteenJsonTest {
  private static final String DOC = """
      {"schemaVersion": "1.0", "canteenId": "C1", "canteenName": "示例学校学生食堂", "period": "AY2024-2025-S1",
       "revenue": [{"kind": "MEAL_FEES", "amount": {"value": "480000.00", "unit": "CNY"}, "note": "两笔合计"},
                   {"kind": "SUBSIDIES", "amount": {"value": "%s", "unit": "%s"}}],
       "costs": [{"category": "INGREDIENTS", "amount": {"value": "351500.55", "unit": "CNY"}},
                 {"category": "DEPRECIATION", "amount": {"value": "15000", "unit": "CNY"}}],
       "personMeals": 48000, "standardPrice": {"value": "10.00", "unit": "CNY"}}
      """;

  private static CanteenAccounts read(String value, String unit) {
    return AnxiaoJson.strict().readDocument(DOC.formatted(value, unit), CanteenAccounts.DOCUMENT);
  }

  @Test
  void aDocumentValidatesBindsAndRoundTrips() {
    CanteenAccounts a = read("60000.00", "CNY");
    assertEquals(CanteenFixtures.TERM, a.period());
    assertEquals(CanteenFixtures.yuan("540000.00"), a.revenueOf(RevenueKind.MEAL_FEES).plus(a.revenueOf(RevenueKind.SUBSIDIES)));
    assertEquals(CanteenFixtures.yuan("15000.00"), a.costOf(CostCategory.DEPRECIATION));
    assertEquals(Optional.of(48_000L), a.personMeals());
    assertEquals(Optional.of("两笔合计"), a.revenue().get(0).note());
    assertEquals(a, AnxiaoJson.strict().readDocument(a.toJson(), CanteenAccounts.DOCUMENT));
    CanteenAccounts built = CanteenFixtures.worked().build();
    assertEquals(built, AnxiaoJson.strict().readDocument(built.toJson(), CanteenAccounts.DOCUMENT));
    assertTrue(built.toJson().contains("\"unit\":\"CNY\""), built.toJson());
  }

  @Test
  void aCurrencyOtherThanCnyIsRefusedNamingTheField() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> read("60000.00", "USD"));
    assertTrue(e.pointer().startsWith("/revenue/1/amount"), e.pointer());
    // Bound without the schema, the model refuses it too, naming the field.
    WireFormatException m = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        DOC.formatted("60000.00", "USD"), CanteenAccounts.class));
    assertTrue(m.pointer().startsWith("/revenue/1/amount"), m.pointer());
  }

  @Test
  void negativeMoneyOnTheWireIsRefusedNamingTheField() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> read("-1.00", "CNY"));
    assertEquals("/revenue/1/amount", e.pointer());
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
  }

  @Test
  void theVocabularyContributesTheDocumentType() {
    assertTrue(new LogisticsVocabulary().documentTypes().contains(CanteenAccounts.DOCUMENT));
    assertEquals("canteen-accounts", CanteenAccounts.DOCUMENT.name());
    assertTrue(DocumentType.contributed().contains(CanteenAccounts.DOCUMENT));
  }
}
