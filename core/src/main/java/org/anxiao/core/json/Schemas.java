package org.anxiao.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.error.WireFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Validation of documents against the published JSON Schemas (draft 2020-12). Schemas are read on
 * first use of each document type and cached: core's from core's jar, contributed ones from the
 * module their {@link DocumentType} names, each found by its {@code $id}; nothing is fetched from the
 * network.
 */
final class Schemas {
  /**
   * The schemas core publishes under {@link DocumentType#SCHEMA_FOLDER}, by name. Core's names are
   * listed rather than probed on the class loader, so that a schema another jar happens to ship in the
   * same folder is never taken for core's, and a contribution cannot take a core name.
   */
  static final Set<String> CORE = Set.of("common", "school", "rule-pack", "checklist", "scorecard",
      "assessment", "jurisdiction-table", "pack-index");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemaLoader(loader -> loader
          .fetchRemoteResources(false)
          .resourceLoaders(r -> r.resources(Schemas::bundled))));
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /**
   * The text of the schema with an Anxiao {@code $id}, core's or contributed; null for any other IRI.
   *
   * @throws VocabularyException when a contributed document type's schema resource is missing
   */
  static @Nullable String bundled(@Nullable String iri) {
    if (iri == null || !iri.startsWith(DocumentType.SCHEMA_BASE_URI)) {
      return null;
    }
    String name = iri.substring(DocumentType.SCHEMA_BASE_URI.length());
    int hash = name.indexOf('#');
    if (hash >= 0) {
      name = name.substring(0, hash);
    }
    if (!name.matches("[a-z0-9-]+\\.schema\\.json")) {
      return null;
    }
    String base = name.substring(0, name.length() - ".schema.json".length());
    if (CORE.contains(base)) {
      return read(Schemas.class.getModule(), DocumentType.SCHEMA_FOLDER + name);
    }
    DocumentType<?> contributed = DocumentType.contributed(base);
    if (contributed == null) {
      return null;
    }
    String text = read(contributed.schemaModule(), contributed.schemaResource());
    if (text == null) {
      throw new VocabularyException(VocabularyException.INVALID, "document type", base,
          "its schema resource " + contributed.schemaResource() + " is missing from " + contributed.schemaModule()
              + " (or, on the module path, sits in a package not open to org.anxiao.core)", null);
    }
    return text;
  }

  private static @Nullable String read(Module module, String resource) {
    try (InputStream in = module.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void validate(JsonNode tree, DocumentType<?> type, boolean strict) {
    requireKnown(type);
    checkVersion(tree);
    Schema schema = CACHE.computeIfAbsent(type.name(), n -> compile(type));
    List<Error> errors = schema.validate(tree);
    Error first = null;
    int count = 0;
    for (Error e : errors) {
      if (!strict && isUnknownProperty(e)) {
        continue;
      }
      if (first == null) {
        first = e;
      }
      count++;
    }
    if (first != null) {
      String rule = first.getMessage() + (count > 1 ? " (and " + (count - 1) + " more)" : "")
          + " [schema " + type.name() + "]";
      String code = isUnknownProperty(first) ? WireFormatException.UNKNOWN_FIELD : WireFormatException.SCHEMA;
      throw new WireFormatException(code, pointer(first), first.getProperty(), rule, null);
    }
  }

  /** Core's document type, or the contributed one of that name: the only schemas there are. */
  private static void requireKnown(DocumentType<?> type) {
    boolean known = type.isContributed() ? type.equals(DocumentType.contributed(type.name())) : CORE.contains(type.name());
    if (!known) {
      throw new UnknownCodeException("documentType", type.name(),
          type.isContributed() ? "document type contributed by an AnxiaoVocabulary provider" : "core document type");
    }
  }

  private static Schema compile(DocumentType<?> type) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(type.schemaId()));
    if (!type.schemaId().equals(schema.getId())) {
      throw new VocabularyException(VocabularyException.INVALID, "document type", type.name(),
          "its schema " + type.schemaResource() + " has $id " + schema.getId() + " instead of " + type.schemaId(), null);
    }
    return schema;
  }

  private static boolean isUnknownProperty(Error e) {
    return "additionalProperties".equals(e.getKeyword()) || "unevaluatedProperties".equals(e.getKeyword());
  }

  private static void checkVersion(JsonNode tree) {
    JsonNode v = tree.get("schemaVersion");
    if (v == null || !v.isTextual()) {
      throw new WireFormatException(WireFormatException.VERSION, "/schemaVersion", v,
          "a document needs a schemaVersion string such as \"" + DocumentType.CURRENT_VERSION + "\"", null);
    }
    String major = DocumentType.CURRENT_VERSION.substring(0, DocumentType.CURRENT_VERSION.indexOf('.') + 1);
    if (!v.asText().startsWith(major)) {
      throw new WireFormatException(WireFormatException.VERSION, "/schemaVersion", v.asText(),
          "this library reads schemaVersion " + major + "x", null);
    }
  }

  private static String pointer(Error e) {
    StringBuilder sb = new StringBuilder();
    var path = e.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    if ((isUnknownProperty(e) || "required".equals(e.getKeyword())) && e.getProperty() != null) {
      sb.append('/').append(e.getProperty());
    }
    return sb.toString();
  }
}
