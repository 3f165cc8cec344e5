package org.anxiao.core.jurisdiction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;

/**
 * A reference table of administrative divisions as it is stored in JSON: the bundled
 * {@code gbt2260.json}, or a table a caller loads to add the divisions it needs.
 *
 * @param schemaVersion wire-format version, {@code 1.0}
 * @param title         what the table holds
 * @param source        the code list the entries were taken from, with the edition as its year
 *                      (for the bundled table, 民政部's 中华人民共和国县以上行政区划代码, 2019
 *                      edition); GB/T 2260 names the coding scheme, not a list of current codes
 * @param verification  how it was checked
 * @param note          remarks on coverage
 * @param entries       the divisions
 */
public record JurisdictionTable(
    String schemaVersion,
    LocalizedText title,
    Citation source,
    Verification verification,
    Optional<LocalizedText> note,
    List<Jurisdiction> entries) {

  /** The document type. */
  public static final DocumentType<JurisdictionTable> DOCUMENT = DocumentType.of("jurisdiction-table", JurisdictionTable.class);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion wire-format version, {@code 1.0}
   * @param title         what the table holds
   * @param source        the code list the entries were taken from, with the edition as its year
   *     (for the bundled table, 民政部's 中华人民共和国县以上行政区划代码, 2019
   *     edition); GB/T 2260 names the coding scheme, not a list of current codes
   * @param verification  how it was checked
   * @param note          remarks on coverage
   * @param entries       the divisions
   */
  public JurisdictionTable {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Require.nonNull("title", title);
    Require.nonNull("source", source);
    Require.nonNull("verification", verification);
    note = Objects.requireNonNullElse(note, Optional.empty());
    entries = Bounds.list("entries", entries);
  }
}
