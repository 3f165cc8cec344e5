package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.junit.jupiter.api.Test;

/** The documents shipped in the jar pass their published schemas. */
class BundledDocumentsTest {
  private static final String GBT2260 = "org/anxiao/core/jurisdiction/gbt2260.json";
  private static final String CROWDED_PLACES = "META-INF/anxiao/packs/core/cn-fire-law-crowded-places.json";

  private static <T> T read(String resource, DocumentType<T> type) throws IOException {
    try (InputStream in = BundledDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return AnxiaoJson.strict().readDocument(in, type);
    }
  }

  @Test
  void jurisdictionTablePassesItsSchema() throws IOException {
    JurisdictionTable table = read(GBT2260, WireSamples.JURISDICTION_TABLE);
    assertEquals(JurisdictionDirectory.standard().all().size(), table.entries().size());
    assertTrue(table.entries().stream().anyMatch(j -> j.code().equals(JurisdictionCode.of("310112"))));
  }

  @Test
  void packIndexPassesItsSchemaAndAgreesWithThePack() throws IOException {
    PackIndex index = read(PackIndex.RESOURCE, WireSamples.PACK_INDEX);
    assertEquals(2, index.packs().size());
    for (PackIndex.Entry entry : index.packs()) {
      assertEquals(read(entry.resource(), RulePack.DOCUMENT).header(), entry.header(), entry.resource());
    }
    assertEquals(CROWDED_PLACES, index.packs().get(0).resource());
  }

  @Test
  void crowdedPlacesPackPassesItsSchema() throws IOException {
    RulePack pack = read(CROWDED_PLACES, RulePack.DOCUMENT);
    assertEquals("cn.fire-law.crowded-places", pack.id());
    assertEquals(5, pack.parameters().size());
  }
}
