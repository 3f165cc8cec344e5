package org.anxiao.core.testkit.vector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a vector file's {@code dataFiles}: a rule pack or reference table shipped in a
 * library jar, named by the module that ships it and its class-path resource. Its path in the
 * source repository is {@code <module>/src/main/resources/<resource>} and its artifact
 * {@code org.anxiao:anxiao-<module>}, as the conformance README describes.
 *
 * @param kind        {@code pack}, {@code table} or {@code schema}
 * @param pack        the pack's {@code id@version}, for a pack only
 * @param module      the library module that ships the file, e.g. {@code energy}
 * @param resource    its class-path resource name, no leading slash
 * @param description what the file is and what the vectors take from it
 */
public record DataFile(String kind, Optional<String> pack, String module, String resource, String description) {
  /**
   * Checks the parts are present and a pack names its {@code id@version}.
   *
   * @param kind        the kind
   * @param pack        the pack reference, for a pack
   * @param module      the module
   * @param resource    the resource
   * @param description the description
   */
  public DataFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(description, "description");
    if ("pack".equals(kind) != pack.isPresent()) {
      throw new IllegalArgumentException("a pack entry, and only a pack entry, names its id@version: " + kind + " " + pack);
    }
  }

  /**
   * {@return a rule pack shipped in {@code module}'s jar}
   *
   * @param ref         the pack's {@code id@version}
   * @param module      the module, e.g. {@code energy}
   * @param resource    the resource, e.g. {@code META-INF/anxiao/packs/energy/cn-gbt2589-coal-equivalent.json}
   * @param description what the vectors take from it
   */
  public static DataFile pack(String ref, String module, String resource, String description) {
    return new DataFile("pack", Optional.of(ref), module, resource, description);
  }

  /**
   * {@return a reference table shipped in {@code module}'s jar}
   *
   * @param module      the module, e.g. {@code core}
   * @param resource    the resource, e.g. {@code org/anxiao/core/unit/unit-definitions.json}
   * @param description what the vectors take from it
   */
  public static DataFile table(String module, String resource, String description) {
    return new DataFile("table", Optional.empty(), module, resource, description);
  }

  /** {@return the entry in the vector-file form} */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", kind);
    pack.ifPresent(p -> node.put("pack", p));
    node.put("path", module + "/src/main/resources/" + resource);
    node.put("artifact", "org.anxiao:anxiao-" + module);
    node.put("resource", resource);
    node.put("description", description);
    return node;
  }
}
