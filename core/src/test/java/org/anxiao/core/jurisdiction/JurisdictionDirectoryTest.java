package org.anxiao.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class JurisdictionDirectoryTest {
  private static final JurisdictionDirectory STD = JurisdictionDirectory.standard();

  @Test
  void bundledDivisionsNamedInTheSpecArePresent() {
    assertEquals("中国", STD.require(JurisdictionCode.CN).name().zh());
    assertEquals("上海市", STD.require(JurisdictionCode.of("310000")).name().zh());
    assertEquals("闵行区", STD.require(JurisdictionCode.of("310112")).name().zh());
    assertEquals("浙江省", STD.require(JurisdictionCode.of("330000")).name().zh());
    assertEquals("丽水市", STD.require(JurisdictionCode.of("331100")).name().zh());
    assertEquals("山东省", STD.require(JurisdictionCode.of("370000")).name().zh());
    assertEquals(34, STD.children(JurisdictionCode.CN).size(), "all provincial-level divisions");
    assertEquals(16, STD.children(JurisdictionCode.of("310000")).size(), "Shanghai's 16 districts");
  }

  @Test
  void chainsRunFromNarrowestToTheCountry() {
    assertEquals(List.of("310112", "310000", "CN"), codes(STD.chain(JurisdictionCode.of("310112"))));
    assertEquals(List.of("331102", "331100", "330000", "CN"), codes(STD.chain(JurisdictionCode.of("331102"))));
    assertEquals(List.of("CN"), codes(STD.chain(JurisdictionCode.CN)));
    assertTrue(STD.isWithin(JurisdictionCode.of("331127"), JurisdictionCode.of("330000")));
    assertFalse(STD.isWithin(JurisdictionCode.of("331127"), JurisdictionCode.of("310000")));
  }

  private static List<String> codes(List<JurisdictionCode> chain) {
    return chain.stream().map(JurisdictionCode::value).toList();
  }

  @Test
  void levelsFollowTheCodeShape() {
    assertEquals(JurisdictionLevel.NATION, JurisdictionCode.CN.level());
    assertEquals(JurisdictionLevel.PROVINCE, JurisdictionCode.of("370000").level());
    assertEquals(JurisdictionLevel.PREFECTURE, JurisdictionCode.of("370200").level());
    assertEquals(JurisdictionLevel.COUNTY, JurisdictionCode.of("310112").level());
  }

  @Test
  void malformedCodesAreRejectedNamingTheField() {
    for (String bad : new String[] {"31011", "3101120", "31O112", "", "cn"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> JurisdictionCode.of(bad));
      assertEquals("jurisdiction", e.field().orElseThrow());
      assertEquals(bad, e.value().orElseThrow());
    }
    UnknownCodeException province = assertThrows(UnknownCodeException.class, () -> JurisdictionCode.of("990000"));
    assertEquals("UNKNOWN_CODE", province.errorCode());
    assertThrows(InvalidValueException.class, () -> JurisdictionCode.of("310012"), "county under prefecture 00");
    assertThrows(InvalidValueException.class, () -> JurisdictionCode.of(null));
  }

  @Test
  void wellFormedButUnlistedCodeIsUnknown() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> STD.require(JurisdictionCode.of("310199")));
    assertTrue(e.getMessage().contains("GB/T 2260"), e.getMessage());
  }

  @Test
  void callersLoadFurtherDivisions() {
    String table = """
        {"schemaVersion":"1.0","title":{"zh":"补充","en":"extra"},
         "source":{"issuer":"中华人民共和国民政部","document":"2019年中华人民共和国县以上行政区划代码","year":2019},"verification":"SECONDARY",
         "entries":[{"code":"330100","name":{"zh":"杭州市","en":"Hangzhou"},"parent":"330000"},
                    {"code":"330106","name":{"zh":"西湖区","en":"Xihu District"},"parent":"330100"}]}""";
    JurisdictionDirectory more = STD.withTable(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("330106", "330100", "330000", "CN"), codes(more.chain(JurisdictionCode.of("330106"))));
    assertThrows(UnknownCodeException.class, () -> STD.require(JurisdictionCode.of("330106")), "original unchanged");
  }

  @Test
  void entriesWithMissingParentsOrWrongLevelsAreRejected() {
    String orphan = """
        {"schemaVersion":"1.0","title":{"zh":"补充","en":"extra"},
         "source":{"issuer":"中华人民共和国民政部","document":"2019年中华人民共和国县以上行政区划代码","year":2019},"verification":"SECONDARY",
         "entries":[{"code":"440306","name":{"zh":"宝安区","en":"Bao'an"},"parent":"440300"}]}""";
    assertThrows(UnknownCodeException.class,
        () -> STD.withTable(new ByteArrayInputStream(orphan.getBytes(StandardCharsets.UTF_8))));
    assertThrows(InvalidValueException.class, () -> new Jurisdiction(JurisdictionCode.of("310112"),
        LocalizedText.of("闵行区", "Minhang"), Optional.of(JurisdictionCode.of("330000"))), "parent in another province");
    assertThrows(InvalidValueException.class, () -> new Jurisdiction(JurisdictionCode.of("310000"),
        LocalizedText.of("上海市", "Shanghai"), Optional.of(JurisdictionCode.of("310112"))), "parent narrower");
    assertThrows(InvalidValueException.class, () -> new Jurisdiction(JurisdictionCode.of("331102"),
        LocalizedText.of("莲都区", "Liandu"), Optional.of(JurisdictionCode.of("330100"))), "wrong prefecture");
    WireFormatException e = assertThrows(WireFormatException.class, () -> STD.withTable(
        new ByteArrayInputStream("{\"entries\":[{\"code\":\"ABC\"}]}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.pointer().startsWith("/"), e.pointer());
  }

  @Test
  void conflictingDuplicateIsRejected() {
    Jurisdiction renamed = new Jurisdiction(JurisdictionCode.of("310112"), LocalizedText.of("闵行", "Minhang"),
        Optional.of(JurisdictionCode.of("310000")));
    assertThrows(InvalidValueException.class, () -> STD.withEntries(List.of(renamed)));
    assertEquals(STD.all().size(), STD.withEntries(List.of(STD.require(JurisdictionCode.of("310112")))).all().size());
  }
}
