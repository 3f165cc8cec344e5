package org.anxiao.core.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.junit.jupiter.api.Test;

/** Packs of the crowded-place kind that do not bind are refused when registered, with pack id and pointer. */
class CrowdedPlaceRulePackTest {
  private static RulePack pack(String id, String jurisdiction, String validFrom, String parameters) {
    String json = """
        {"schemaVersion":"1.0","id":"%s","version":"1.0","kind":"anxiao.core.crowded-place-uses",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"%s","validFrom":"%s",
         "source":{"issuer":"某机关","document":"某文件","year":2024},"verification":"SECONDARY",
         "parameters":{%s}}
        """.formatted(id, jurisdiction, validFrom, parameters);
    return RulePackReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id + ".json");
  }

  /** The standard packs plus {@code extra}, built: registration is where binding happens. */
  private static RulePackException refused(RulePack extra) {
    return assertThrows(RulePackException.class,
        () -> RulePackRegistry.builder().addClassPath(CrowdedPlaceRulePackTest.class.getClassLoader()).add(extra).build());
  }

  @Test
  void aMisspelledUseIsRefusedAtRegistration() {
    RulePackException e = refused(pack("mh.crowded-places", "310112", "2024-01-01",
        "\"crowdedUses\":{\"type\":\"text-list\",\"values\":[\"TEACHING\",\"TEACHNG\"]}"));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of("mh.crowded-places@1.0#/parameters/crowdedUses/values/1"), e.field());
    assertEquals(Optional.of("TEACHNG"), e.value());
    assertTrue(e.getMessage().contains("TEACHING, LABORATORY"), e.getMessage());
  }

  @Test
  void aDecimalWhereAListBelongsIsRefusedAtRegistration() {
    RulePackException e = refused(pack("mh.crowded-places", "310112", "2024-01-01",
        "\"crowdedUses\":{\"type\":\"decimal\",\"value\":\"1\"}"));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of("mh.crowded-places@1.0#/parameters/crowdedUses/type"), e.field());
    assertEquals(Optional.of("decimal"), e.value());
    assertTrue(e.rule().contains("text-list"), e.rule());
  }

  @Test
  void aMissingRequiredParameterIsRefusedAtRegistration() {
    // A national pack of its own: nothing wider can supply includeLaboratories.
    RulePack national = pack("xx.crowded-places", "CN", "2024-01-01", """
        "crowdedUses":{"type":"text-list","values":["TEACHING"]},
        "publicAssemblyUses":{"type":"text-list","values":[]},
        "includePublicAssemblyUses":{"type":"boolean","value":false},
        "laboratoryUses":{"type":"text-list","values":["LABORATORY"]}""");
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePackRegistry.builder().kind(CrowdedPlaceRule.KIND).add(national).build());
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of("xx.crowded-places@1.0#/parameters/includeLaboratories"), e.field());
    assertTrue(e.rule().contains("anxiao.core.crowded-place-uses"), e.rule());
  }

  @Test
  void aPartialPackMustBeCoveredByAWiderPackOnEveryDay() {
    // 2005: the national pack (from 2009-05-01) does not cover the district pack's first years.
    RulePackException e = refused(pack("mh.crowded-places", "310112", "2005-01-01",
        "\"crowdedUses\":{\"type\":\"text-list\",\"values\":[\"TEACHING\"]}"));
    assertEquals(Optional.of("mh.crowded-places@1.0#/parameters/publicAssemblyUses"), e.field());
    // From 2010 it is covered, and layering still works parameter by parameter.
    RulePack district = pack("mh.crowded-places", "310112", "2010-01-01",
        "\"crowdedUses\":{\"type\":\"text-list\",\"values\":[\"TEACHING\",\"ADMINISTRATION\"]}");
    RulePackRegistry registry = RulePackRegistry.builder().addClassPath(getClass().getClassLoader()).add(district).build();
    CrowdedPlaces rule = CrowdedPlaces.in(RuleContext.of(registry, JurisdictionCode.of("310112"), LocalDate.of(2024, 9, 1)));
    assertTrue(rule.determine(CrowdedPlacesTest.building(org.anxiao.core.campus.BuildingUse.ADMINISTRATION,
        Optional.empty())).crowded());
    assertTrue(rule.determine(CrowdedPlacesTest.building(org.anxiao.core.campus.BuildingUse.GYMNASIUM,
        Optional.empty())).crowded(), "publicAssemblyUses still come from the national pack");
  }

  @Test
  void anUndeclaredParameterIsRefusedAtRegistration() {
    RulePackException e = refused(pack("mh.crowded-places", "310112", "2024-01-01",
        "\"crowdedUse\":{\"type\":\"text-list\",\"values\":[\"TEACHING\"]}"));
    assertEquals(Optional.of("mh.crowded-places@1.0#/parameters/crowdedUse"), e.field());
  }

  @Test
  void aPackOfAnUnknownKindIsRefusedAtRegistration() {
    RulePack other = RulePack.builder().from(pack("mh.crowded-places", "310112", "2024-01-01",
        "\"crowdedUses\":{\"type\":\"text-list\",\"values\":[\"TEACHING\"]}")).kind("anxiao.core.crowded-place-use").build();
    RulePackException e = refused(other);
    assertEquals(Optional.of("mh.crowded-places@1.0#/kind"), e.field());
    assertEquals(Optional.of("anxiao.core.crowded-place-use"), e.value());
  }

  @Test
  void theBundledPacksAllBind() {
    RulePackRegistry.standard().checkAll();
    assertEquals(2, RulePackRegistry.standard().catalogue().stream()
        .filter(h -> h.kind().equals(CrowdedPlaceRule.KIND.id())).count());
  }
}
