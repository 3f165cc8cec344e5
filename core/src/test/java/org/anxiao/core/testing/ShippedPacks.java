package org.anxiao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;

/**
 * A module's shipped packs as its tests read them: a pack folder's index checked against its packs,
 * a shipped pack's JSON tree, fictional TEST copies of it, and registries over the standard packs
 * plus extras. {@code folder} is the folder's name under {@code META-INF/anxiao/packs/}:
 * {@code "safety-risk"} names {@code META-INF/anxiao/packs/safety-risk/}, one folder per package of
 * a domain module. For every module's tests (core's test jar).
 */
public final class ShippedPacks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ShippedPacks() {}

  /** The class-path path of the pack folder {@code folder}, ending in a slash. */
  public static String folder(String folder) {
    return "META-INF/anxiao/packs/" + folder + "/";
  }

  /** The resource name of {@code folder}'s pack index. */
  public static String index(String folder) {
    return folder(folder) + "index.json";
  }

  /**
   * The packs {@code folder}'s index lists, in index order, each read strictly against the rule-pack
   * schema; asserts the index is on the class path exactly once, every resource lies under the
   * folder, every header equals its index entry, no id comes twice and no pack is without parameters.
   */
  public static List<RulePack> readIndexed(String folder) {
    ClassLoader loader = loader();
    String path = folder(folder);
    PackIndex index;
    try {
      List<URL> found = Collections.list(loader.getResources(index(folder)));
      assertEquals(1, found.size(), "one " + folder + " pack index on the class path");
      try (InputStream in = found.get(0).openStream()) {
        index = AnxiaoJson.strict().readDocument(in, PackIndex.DOCUMENT);
      }
      List<RulePack> packs = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (PackIndex.Entry entry : index.packs()) {
        assertTrue(entry.resource().startsWith(path), entry.resource());
        try (InputStream in = loader.getResourceAsStream(entry.resource())) {
          assertNotNull(in, entry.resource());
          RulePack pack = AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
          assertEquals(pack.header(), entry.header(), entry.resource());
          assertTrue(ids.add(pack.id()), "pack id twice: " + pack.id());
          assertFalse(pack.parameters().isEmpty(), entry.resource());
          packs.add(pack);
        }
      }
      return packs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON tree of the shipped pack {@code file} in {@code folder}'s folder. */
  public static ObjectNode tree(String folder, String file) {
    String resource = folder(folder) + file;
    try (InputStream in = loader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no resource " + resource);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fictional TEST pack: a copy of the shipped {@code file} with id {@code id}, jurisdiction
   * {@code at} and a TEST title, then {@code edit} applied to its tree.
   */
  public static RulePack testPack(String folder, String file, String id, JurisdictionCode at, Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(folder, file);
    tree.put("id", id);
    tree.put("jurisdiction", at.toString());
    tree.putObject("title").put("zh", "测试包（虚构）").put("en", "Fictional TEST pack");
    edit.accept(tree);
    return read(tree, id + ".json");
  }

  /** The pack {@code tree} read as the resource {@code name}. */
  public static RulePack read(ObjectNode tree, String name) {
    try {
      return RulePackReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pack {@code json} read as the resource {@code test.json}. */
  public static RulePack read(String json) {
    return RulePackReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /** The standard class-path packs plus {@code extra}. */
  public static RulePackRegistry withPacks(RulePack... extra) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().addClassPath(loader());
    for (RulePack p : extra) {
      b.add(p);
    }
    return b.build();
  }

  private static ClassLoader loader() {
    return ShippedPacks.class.getClassLoader();
  }
}
