package org.anxiao.core.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Contributions.Entry;
import org.anxiao.core.internal.Lazy;
import org.anxiao.core.internal.Require;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A top-level JSON document type (文档类型) of the wire format: its Java type, its published JSON
 * Schema and the {@code schemaVersion} major it accepts. Each model package declares its own
 * constant, e.g. {@code RulePack.DOCUMENT}.
 *
 * <p>Core's schemas are published in the {@code anxiao-core} jar under {@value #SCHEMA_FOLDER}; core's
 * document types are built in ({@link #of(String, Class)}). Other modules contribute document types
 * through {@link AnxiaoVocabulary#documentTypes()}, each made with
 * {@link #of(String, Class, Module, String)} so that it names its schema resource and the module
 * (or, on the class path, the class loader's unnamed module) it is read from. Every schema carries
 * {@code $id} {@value #SCHEMA_BASE_URI}{@code <name>.schema.json}, by which the validator finds it and
 * other schemas refer to it; nothing is fetched from the network. A contributed name that core or
 * another provider also uses is a {@link VocabularyException} at the first schema lookup.
 *
 * <p>Immutable and thread-safe; two document types are equal when name, Java type and schema
 * source are.
 *
 * @param <T> the Java type the document binds to
 */
public final class DocumentType<T> {
  /** Folder of core's published schemas inside the jar. */
  public static final String SCHEMA_FOLDER = "META-INF/anxiao/schemas/";
  /** Base of every schema's {@code $id}. */
  public static final String SCHEMA_BASE_URI = "https://anxiao.org/schemas/";
  /** The current wire-format version written into every document. */
  public static final String CURRENT_VERSION = "1.0";

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String SECTION = "document type";
  private static final Lazy<Map<String, DocumentType<?>>> CONTRIBUTED = new Lazy<>(SECTION,
      () -> merge(Contributions.providers()));

  private final String name;
  private final Class<T> javaType;
  /** Where a contributed schema is read from; null for core's. */
  private final @Nullable Module schemaModule;
  private final @Nullable String schemaResource;

  private DocumentType(
      String name, Class<T> javaType, @Nullable Module schemaModule, @Nullable String schemaResource) {
    Bounds.code("name", name);
    Require.that(NAME.matcher(name).matches(), "name", name,
        "a document type name is lower-case letters and digits in hyphen-separated words, e.g. rule-pack");
    this.name = name;
    this.javaType = Require.nonNull("javaType", javaType);
    this.schemaModule = schemaModule;
    this.schemaResource = schemaResource;
  }

  /**
   * {@return core's document type {@code name}, whose schema is {@value #SCHEMA_FOLDER}{@code <name>.schema.json}}
   *
   * @param <T>      the document's Java type
   * @param name     the document type's name, e.g. {@code rule-pack}
   * @param javaType the class a document binds to
   */
  public static <T> DocumentType<T> of(String name, Class<T> javaType) {
    return new DocumentType<>(name, javaType, null, null);
  }

  /**
   * {@return a contributed document type, for {@link AnxiaoVocabulary#documentTypes()}: its schema is the
   * resource {@code schemaResource} of {@code schemaModule} (usually the provider's own module,
   * {@code getClass().getModule()}; on the class path that is the unnamed module of the provider's
   * class loader), read with {@link Module#getResourceAsStream}} Place the schema outside any
   * package (e.g. {@code META-INF/anxiao/schemas/energy/<name>.schema.json}), or open its package
   * to {@code org.anxiao.core}, so that core may read it on the module path.
   *
   * @param <T>          the document's Java type
   * @param javaType     the class a document binds to
   * @param schemaModule the module holding the schema resource
   * @param name           lower-case hyphenated, e.g. {@code meter-reading}; the schema's {@code $id}
   *                       is {@value #SCHEMA_BASE_URI}{@code <name>.schema.json}
   * @param schemaResource a resource path such as {@code META-INF/anxiao/schemas/energy/meter-reading.schema.json}
   */
  public static <T> DocumentType<T> of(String name, Class<T> javaType, Module schemaModule, String schemaResource) {
    Require.nonNull("schemaModule", schemaModule);
    String resource = Require.nonBlank("schemaResource", schemaResource);
    return new DocumentType<>(name, javaType, schemaModule, resource.startsWith("/") ? resource.substring(1) : resource);
  }

  /** {@return the document types every provider contributes, by name; found on the first call} */
  public static List<DocumentType<?>> contributed() {
    return List.copyOf(CONTRIBUTED.get().values());
  }

  /** The contributed document type {@code name}, or null. */
  static @Nullable DocumentType<?> contributed(String name) {
    return CONTRIBUTED.get().get(name);
  }

  /**
   * The contributions of {@code providers}, by name in name order, checked against core's schema
   * names and each other.
   *
   * @throws VocabularyException for a core name, a name contributed twice with different meanings, or
   *                             a document type made without a schema source
   */
  static Map<String, DocumentType<?>> merge(List<AnxiaoVocabulary> providers) {
    if (providers.isEmpty()) {
      return Map.of();
    }
    Map<String, DocumentType<?>> core = new LinkedHashMap<>();
    for (String name : Schemas.CORE) {
      core.put(name, new DocumentType<>(name, Object.class, null, null));
    }
    Map<String, DocumentType<?>> contributed = new TreeMap<>();
    for (Entry<DocumentType<?>> e : Contributions.<String, DocumentType<?>>byKey(SECTION, core, providers,
        AnxiaoVocabulary::documentTypes, DocumentType::name, Object::equals, DocumentType::describe).values()) {
      DocumentType<?> d = e.value();
      if (e.provider().equals(Contributions.CORE)) {
        continue;
      }
      if (!d.isContributed()) {
        throw new VocabularyException(VocabularyException.INVALID, SECTION, d.name,
            "is listed by " + e.provider() + " without a schema source; make it with"
                + " DocumentType.of(name, javaType, schemaModule, schemaResource)", null);
      }
      contributed.put(d.name, d);
    }
    return java.util.Collections.unmodifiableMap(contributed);
  }

  private static String describe(DocumentType<?> d) {
    return d.isContributed()
        ? d.javaType.getName() + " with schema " + d.schemaResource + " of " + d.schemaModule
        : "core's schema " + d.schemaResource();
  }

  /** {@return short name, e.g. {@code rule-pack}} */
  public String name() {
    return name;
  }

  /** {@return the Java type} */
  public Class<T> javaType() {
    return javaType;
  }

  /** {@return true for a document type another module contributes, false for core's own} */
  public boolean isContributed() {
    return schemaModule != null;
  }

  /** {@return the schema's {@code $id}} */
  public String schemaId() {
    return SCHEMA_BASE_URI + name + ".schema.json";
  }

  /** {@return the schema's resource path: inside core's jar, or inside {@link #schemaModule()}} */
  public String schemaResource() {
    return schemaResource != null ? schemaResource : SCHEMA_FOLDER + name + ".schema.json";
  }

  /** {@return the module the schema is read from: core's own, or the contributing one} */
  public Module schemaModule() {
    return schemaModule != null ? schemaModule : DocumentType.class.getModule();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentType<?> d && name.equals(d.name) && javaType.equals(d.javaType)
        && Objects.equals(schemaModule, d.schemaModule) && Objects.equals(schemaResource, d.schemaResource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, javaType, schemaModule, schemaResource);
  }

  @Override
  public String toString() {
    return name;
  }
}
