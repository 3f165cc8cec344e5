package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers load their own packs from streams and files, validated, with errors that say where. */
class RulePackReaderTest {
  private static final String DISTRICT_PACK = """
      {"schemaVersion":"1.0","id":"mh.crowded-places","version":"1.0","kind":"anxiao.core.crowded-place-uses",
       "title":{"zh":"闵行区补充","en":"Minhang supplement"},"jurisdiction":"310112","validFrom":"2024-01-01",
       "source":{"issuer":"闵行区教育局","document":"示例〔2024〕1号","year":2024},"verification":"OFFICIAL_TEXT",
       "parameters":{"includePublicAssemblyUses":{"type":"boolean","value":false,"clause":"二"}}}""";

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCallersDistrictPackOverridesOnlyWhatItDefines() {
    RulePack district = RulePackReader.read(stream(DISTRICT_PACK), "minhang.json");
    RulePackRegistry registry = RulePackRegistry.builder().addClassPath(getClass().getClassLoader()).add(district).build();
    ResolvedRules rules = registry.resolve("anxiao.core.crowded-place-uses", JurisdictionCode.of("310112"), LocalDate.of(2024, 9, 1));
    assertEquals(false, rules.parameter("includePublicAssemblyUses").flag());
    assertEquals("mh.crowded-places", rules.parameter("includePublicAssemblyUses").pack().id());
    assertEquals("cn.fire-law.crowded-places", rules.parameter("crowdedUses").pack().id(), "inherited from CN");
    ResolvedRules elsewhere = registry.resolve("anxiao.core.crowded-place-uses", JurisdictionCode.of("310115"), LocalDate.of(2024, 9, 1));
    assertEquals(true, elsewhere.parameter("includePublicAssemblyUses").flag(), "Pudong keeps the national reading");
  }

  @Test
  void schemaErrorsNameTheSourceAndThePointer() {
    String bad = DISTRICT_PACK.replace("\"value\":false", "\"value\":\"no\"");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(stream(bad), "minhang.json"));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.field().orElseThrow().startsWith("minhang.json#/parameters/includePublicAssemblyUses"), e.getMessage());
    assertTrue(e.getCause() instanceof WireFormatException);

    String unknown = DISTRICT_PACK.replace("\"kind\"", "\"knd\":\"x\",\"kind\"");
    RulePackException u = assertThrows(RulePackException.class, () -> RulePackReader.read(stream(unknown), "minhang.json"));
    assertEquals("minhang.json#/knd", u.field().orElseThrow());

    String backwards = DISTRICT_PACK.replace("\"validFrom\":\"2024-01-01\"", "\"validFrom\":\"2024-01-01\",\"validTo\":\"2023-12-31\"");
    RulePackException b = assertThrows(RulePackException.class, () -> RulePackReader.read(stream(backwards), "minhang.json"));
    assertTrue(b.getMessage().contains("validTo"), b.getMessage());
  }

  @Test
  void readsFilesAndReportsMissingResources(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pack.json");
    Files.writeString(file, DISTRICT_PACK);
    assertEquals(PackRef.of("mh.crowded-places", "1.0"), RulePackReader.read(file).ref());
    RulePackException missing = assertThrows(RulePackException.class,
        () -> RulePackReader.readResource(getClass().getClassLoader(), "META-INF/anxiao/packs/none.json"));
    assertEquals(RulePackException.NOT_FOUND, missing.errorCode());
  }

  @Test
  void bundledPacksAgreeWithTheirIndex() {
    RulePackRegistry standard = RulePackRegistry.standard();
    for (PackHeader h : standard.catalogue()) {
      assertEquals(h, standard.pack(h.ref()).header());
    }
  }
}
