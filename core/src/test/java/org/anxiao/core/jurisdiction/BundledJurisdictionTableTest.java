package org.anxiao.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.junit.jupiter.api.Test;

/**
 * The bundled table {@code gbt2260.json} cites the code list its entries come from — 民政部's
 * 中华人民共和国县以上行政区划代码, by edition — and its entries show the facts that date that
 * edition.
 */
class BundledJurisdictionTableTest {
  private static final String RESOURCE = "org/anxiao/core/jurisdiction/gbt2260.json";
  private static final JurisdictionDirectory STD = JurisdictionDirectory.standard();

  private static JurisdictionTable table() throws IOException {
    try (InputStream in = BundledJurisdictionTableTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE);
      return AnxiaoJson.strict().read(in, JurisdictionTable.class);
    }
  }

  private static List<String> childCodes(String code) {
    return STD.children(JurisdictionCode.of(code)).stream().map(j -> j.code().value()).toList();
  }

  @Test
  void citesTheCivilAffairsListByEditionAsASecondaryTranscription() throws IOException {
    JurisdictionTable table = table();
    Citation source = table.source();
    assertEquals("中华人民共和国民政部", source.issuer());
    assertEquals("2019年中华人民共和国县以上行政区划代码", source.document());
    assertEquals("中华人民共和国县以上行政区划代码", source.title().orElseThrow());
    assertEquals(2019, source.year(), "the edition the entries match");
    assertEquals(Verification.SECONDARY, table.verification(), "a transcription, not checked against the official text");
    String note = table.note().orElseThrow().zh() + table.note().orElseThrow().en();
    assertTrue(note.contains("GB/T 2260-2007") && note.contains("国家质量监督检验检疫总局")
        && note.contains("国家标准化管理委员会"), "GB/T 2260 is named as the coding scheme with its 2007 issuers");
    assertFalse((source.issuer() + source.document() + note).contains("国家市场监督管理总局"),
        "国家市场监督管理总局 (formed 2018) issued neither GB/T 2260-2007 nor the list");
    assertEquals(STD.all().size(), table.entries().size());
  }

  @Test
  void shanghaiHasItsSixteenDistrictsSince2016() {
    assertEquals(List.of("310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
        "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"), childCodes("310000"));
    assertEquals("崇明区", STD.require(JurisdictionCode.of("310151")).name().zh(), "a district since 2016");
    assertTrue(STD.find(JurisdictionCode.of("310230")).isEmpty(), "崇明县 310230 became 崇明区 310151 in 2016");
    assertTrue(STD.find(JurisdictionCode.of("310108")).isEmpty(), "闸北区 merged into 静安区 in 2015");
    assertTrue(STD.find(JurisdictionCode.of("310103")).isEmpty(), "卢湾区 merged into 黄浦区 in 2011");
  }

  @Test
  void lishuiHasItsNineCountyLevelDivisions() {
    assertEquals(List.of("331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181"),
        childCodes("331100"));
    assertEquals("龙泉市", STD.require(JurisdictionCode.of("331181")).name().zh());
  }

  @Test
  void shandongHasSixteenPrefectureLevelCitiesWithoutLaiwu() {
    List<String> cities = childCodes("370000");
    assertEquals(16, cities.size(), cities.toString());
    assertFalse(cities.contains("371200"), "莱芜市 371200 merged into 济南市 in 2019");
    assertTrue(STD.find(JurisdictionCode.of("371200")).isEmpty(), "莱芜市 is not a current division");
    assertTrue(cities.contains("370100") && cities.contains("371700"), "济南市 … 菏泽市");
  }
}
