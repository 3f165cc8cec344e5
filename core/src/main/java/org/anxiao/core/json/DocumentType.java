package org.anxiao.core.json;

import org.anxiao.core.internal.Require;

/**
 * A top-level JSON document type of the wire format: its Java type, its published JSON Schema and
 * the {@code schemaVersion} major it accepts. Each model package declares its own constant, e.g.
 * {@code RulePack.DOCUMENT}.
 *
 * <p>The schemas are published in the {@code anxiao-core} jar under {@value #SCHEMA_FOLDER} and
 * carry {@code $id} {@value #SCHEMA_BASE_URI}{@code <name>.schema.json}.
 *
 * @param <T> the Java type the document binds to
 */
public final class DocumentType<T> {
  /** Folder of the published schemas inside the jar. */
  public static final String SCHEMA_FOLDER = "META-INF/anxiao/schemas/";
  /** Base of every schema's {@code $id}. */
  public static final String SCHEMA_BASE_URI = "https://anxiao.org/schemas/";
  /** The current wire-format version written into every document. */
  public static final String CURRENT_VERSION = "1.0";

  private final String name;
  private final Class<T> javaType;

  private DocumentType(String name, Class<T> javaType) {
    this.name = Require.nonBlank("name", name);
    this.javaType = Require.nonNull("javaType", javaType);
  }

  /** A document type named {@code name}, whose schema is {@code <name>.schema.json}. */
  public static <T> DocumentType<T> of(String name, Class<T> javaType) {
    return new DocumentType<>(name, javaType);
  }

  /** Short name, e.g. {@code rule-pack}. */
  public String name() {
    return name;
  }

  /** The Java type. */
  public Class<T> javaType() {
    return javaType;
  }

  /** The schema's {@code $id}. */
  public String schemaId() {
    return SCHEMA_BASE_URI + name + ".schema.json";
  }

  /** The schema's resource path inside the jar. */
  public String schemaResource() {
    return SCHEMA_FOLDER + name + ".schema.json";
  }

  @Override
  public String toString() {
    return name;
  }
}
