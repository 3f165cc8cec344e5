package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The untyped view of a resolved rule: each typed accessor returns the value of its own parameter
 * type and refuses another type, naming the pack and parameter; the narrowest layer defining a name
 * wins.
 */
class ResolvedParameterTest {
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");

  private static RulePack pack(String id, String jurisdiction, Map<String, Parameter> parameters) {
    return RulePack.builder().id(id).version(PackVersion.of("1.0")).kind("anxiao.test.untyped")
        .title(LocalizedText.of("测试", "test")).jurisdiction(JurisdictionCode.of(jurisdiction))
        .validFrom(LocalDate.of(2024, 1, 1)).source(Citation.of("某机关", "某文件", 2024))
        .verification(Verification.SECONDARY).parameters(parameters).build();
  }

  private static ResolvedRules rules() {
    Map<String, Parameter> city = new LinkedHashMap<>();
    city.put("guards", new Parameter.WholeNumber(3, Optional.of("人"), Optional.empty(), Optional.empty(), Optional.empty()));
    city.put("post", new Parameter.Text("MAIN_GATE", Optional.empty(), Optional.empty(), Optional.empty()));
    city.put("tiers", new Parameter.Structure("{\"a\":[1,2]}", Optional.empty(), Optional.empty(), Optional.empty()));
    city.put("patrol", new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty()));
    Map<String, Parameter> district = new LinkedHashMap<>();
    district.put("guards", new Parameter.WholeNumber(4, Optional.of("人"), Optional.of("第二条"), Optional.empty(), Optional.empty()));
    district.put("ratio", new Parameter.Decimal(new BigDecimal("1.5"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    district.put("uses", new Parameter.TextList(List.of("TEACHING", "LIBRARY"), Optional.empty(), Optional.empty(), Optional.empty()));
    district.put("coal", new Parameter.DecimalTable(Map.of("ELECTRICITY", DecimalEntry.of("0.1229")), Optional.of("kgce"),
        Optional.empty(), Optional.empty(), Optional.empty()));
    return new ResolvedRules("anxiao.test.untyped", MINHANG, LocalDate.of(2024, 9, 1),
        List.of(pack("mh.untyped", "310112", district), pack("sh.untyped", "310000", city)));
  }

  @Test
  void eachAccessorReturnsTheValueOfItsType() {
    ResolvedRules r = rules();
    assertEquals(4L, r.parameter("guards").wholeNumber(), "the district overrides the city");
    assertEquals("MAIN_GATE", r.parameter("post").text());
    assertEquals("{\"a\":[1,2]}", r.parameter("tiers").structure());
    assertEquals(true, r.parameter("patrol").flag());
    assertEquals(new BigDecimal("1.5"), r.parameter("ratio").decimal());
    assertEquals(List.of("TEACHING", "LIBRARY"), r.parameter("uses").textList());
    assertEquals(new BigDecimal("0.1229"), r.parameter("coal").tableValue("ELECTRICITY"));
  }

  @Test
  void aResolvedParameterNamesItselfAndItsPack() {
    ResolvedParameter guards = rules().parameter("guards");
    assertEquals("guards", guards.name());
    assertEquals("mh.untyped", guards.pack().id());
    assertEquals(Optional.of("第二条"), guards.citation().clause());
    assertEquals(Verification.SECONDARY, guards.verification());
    AppliedRule applied = guards.applied();
    assertEquals("guards", applied.parameter());
    assertEquals("4", applied.value());
    assertEquals(Optional.of("人"), applied.unit());
    assertEquals(PackRef.of("mh.untyped", "1.0"), applied.pack());
    assertEquals("post", rules().parameter("post").name());
  }

  @Test
  void anAccessorOfAnotherTypeIsRefusedNamingThePackAndParameter() {
    ResolvedRules r = rules();
    RulePackException text = assertThrows(RulePackException.class, () -> r.parameter("guards").text());
    assertEquals(RulePackException.INVALID, text.errorCode());
    assertEquals(Optional.of("mh.untyped@1.0/parameters/guards"), text.field());
    assertEquals("must be of type text", text.rule());
    assertEquals("must be of type integer", assertThrows(RulePackException.class,
        () -> r.parameter("post").wholeNumber()).rule());
    assertEquals("must be of type structure", assertThrows(RulePackException.class,
        () -> r.parameter("post").structure()).rule());
    assertEquals(Optional.of("sh.untyped@1.0/parameters/tiers"), assertThrows(RulePackException.class,
        () -> r.parameter("tiers").flag()).field());
  }

  @Test
  void parameterNamesAreEveryLayersNamesOnce() {
    assertEquals(java.util.Set.of("guards", "ratio", "uses", "coal", "post", "tiers", "patrol"),
        rules().parameterNames());
  }
}
