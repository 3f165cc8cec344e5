package org.anxiao.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testing.TestKinds;

/**
 * Every public path by which a document of one type is read: {@code AnxiaoJson} strict and
 * lenient, as a checked document ({@code readDocument}) and as a plain value ({@code read}); for
 * rule packs also {@code RulePackReader.read}, {@code RulePackReader.readResource} and the
 * registry's reading of packs listed in a class-path index (no schema pass there); for pack indexes
 * the registry's reading of the index; for jurisdiction tables {@code JurisdictionDirectory.withTable}.
 * The unit-definition table is read only from core's own jar (no public path).
 */
final class DocumentReadPaths {
  /** A named read path: stream in, value out (or an exception). */
  record ReadPath(String name, Function<Supplier<InputStream>, Object> read) {}

  private static final String PACK_RESOURCE = "META-INF/anxiao/packs/test/mutant.json";

  private DocumentReadPaths() {}

  static List<ReadPath> of(WireSamples.Case<?> c) {
    DocumentType<?> type = c.type();
    List<ReadPath> paths = new ArrayList<>();
    paths.add(new ReadPath("AnxiaoJson.strict().readDocument",
        in -> AnxiaoJson.strict().readDocument(in.get(), type)));
    paths.add(new ReadPath("AnxiaoJson.lenient().readDocument",
        in -> AnxiaoJson.lenient().readDocument(in.get(), type)));
    paths.add(new ReadPath("AnxiaoJson.strict().read", in -> AnxiaoJson.strict().read(in.get(), type.javaType())));
    paths.add(new ReadPath("AnxiaoJson.lenient().read", in -> AnxiaoJson.lenient().read(in.get(), type.javaType())));
    if (type.equals(RulePack.DOCUMENT)) {
      RulePack pack = (RulePack) c.full();
      paths.add(new ReadPath("RulePackReader.read", in -> RulePackReader.read(in.get(), "mutant.json")));
      paths.add(new ReadPath("RulePackReader.readResource",
          in -> RulePackReader.readResource(new MemoryResources(Map.of(PACK_RESOURCE, in)), PACK_RESOURCE)));
      byte[] index = indexOf(pack);
      paths.add(new ReadPath("RulePackRegistry.Builder.addClassPath (pack)", in -> registry(Map.of(
          PackIndex.RESOURCE, () -> new ByteArrayInputStream(index), PACK_RESOURCE, in))));
    }
    if (type.equals(WireSamples.PACK_INDEX)) {
      PackIndex full = (PackIndex) c.full();
      Map<String, Supplier<InputStream>> packs = new java.util.HashMap<>();
      byte[] guards = AnxiaoJson.strict().write(WireSamples.fullRulePack()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] minimal = AnxiaoJson.strict().write(WireSamples.minimalRulePack()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      packs.put(full.packs().get(0).resource(), () -> new ByteArrayInputStream(guards));
      packs.put(full.packs().get(1).resource(), () -> new ByteArrayInputStream(minimal));
      paths.add(new ReadPath("RulePackRegistry.Builder.addClassPath (index)", in -> {
        Map<String, Supplier<InputStream>> all = new java.util.HashMap<>(packs);
        all.put(PackIndex.RESOURCE, in);
        return registry(all);
      }));
    }
    if (type.equals(JurisdictionTable.DOCUMENT)) {
      paths.add(new ReadPath("JurisdictionDirectory.withTable",
          in -> JurisdictionDirectory.standard().withTable(in.get())));
    }
    return paths;
  }

  private static byte[] indexOf(RulePack pack) {
    PackIndex index = new PackIndex(DocumentType.CURRENT_VERSION, List.of(new PackIndex.Entry(PACK_RESOURCE, pack.header())));
    return AnxiaoJson.strict().write(index).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A registry over the resources, with every pack read and bound against its kind. */
  private static RulePackRegistry registry(Map<String, Supplier<InputStream>> resources) {
    RulePackRegistry.Builder b = RulePackRegistry.builder();
    TestKinds.kinds(List.of(WireSamples.fullRulePack(), WireSamples.minimalRulePack())).forEach(b::kind);
    RulePackRegistry registry = b.addClassPath(new MemoryResources(resources)).build();
    registry.checkAll();
    return registry;
  }

  /** The document as written by the library, as a tree. */
  static JsonNode tree(Object value) {
    return WireSamples.tree(AnxiaoJson.strict().write(value));
  }
}
