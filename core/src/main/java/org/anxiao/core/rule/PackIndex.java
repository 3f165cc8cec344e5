package org.anxiao.core.rule;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;

/**
 * A module's list of the rule packs it ships, read from {@value #RESOURCE}: each entry names the
 * pack's resource and repeats its header, so that a registry can select packs without reading
 * them. Packs are read on first use and must agree with their entry.
 *
 * @param schemaVersion wire-format version
 * @param packs         the entries
 */
public record PackIndex(String schemaVersion, List<Entry> packs) {
  /** Where every jar keeps its index. */
  public static final String RESOURCE = "META-INF/anxiao/packs/index.json";

  /** The document type. */
  public static final DocumentType<PackIndex> DOCUMENT = DocumentType.of("pack-index", PackIndex.class);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion wire-format version
   * @param packs         the entries
   */
  public PackIndex {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    packs = Bounds.list("packs", packs);
  }

  /**
   * One shipped pack.
   *
   * @param resource class-path resource of the pack, e.g. {@code META-INF/anxiao/packs/core/x.json}
   * @param header   the pack's header
   */
  public record Entry(String resource, PackHeader header) {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param resource class-path resource of the pack, e.g. {@code META-INF/anxiao/packs/core/x.json}
     * @param header   the pack's header
     */
    public Entry {
      Bounds.code("resource", resource);
      Require.nonNull("header", header);
    }
  }
}
