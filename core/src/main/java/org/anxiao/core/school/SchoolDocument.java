package org.anxiao.core.school;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.text.LocalizedText;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;

/**
 * A school as a top-level JSON document: {@code {"schemaVersion": "1.0", "school": {...}}}.
 *
 * @param schemaVersion wire-format version
 * @param school        the school
 * @param note          remarks on the data (its source, known gaps, figures kept on purpose); never
 *                      personal data
 */
public record SchoolDocument(String schemaVersion, School school, Optional<LocalizedText> note) {
  /** The document type. */
  public static final DocumentType<SchoolDocument> DOCUMENT = DocumentType.of("school", SchoolDocument.class);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion wire-format version
   * @param school        the school
   * @param note          remarks on the data (its source, known gaps, figures kept on purpose); never
   *     personal data
   */
  public SchoolDocument {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Require.nonNull("school", school);
    note = Objects.requireNonNullElse(note, Optional.empty());
  }

  /**
   * {@return a document of the current wire-format version}
   *
   * @param school the school
   */
  public static SchoolDocument of(School school) {
    return new SchoolDocument(DocumentType.CURRENT_VERSION, school, Optional.empty());
  }
}
