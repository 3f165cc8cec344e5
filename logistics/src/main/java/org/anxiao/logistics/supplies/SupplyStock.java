package org.anxiao.logistics.supplies;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;

/**
 * A school's emergency-supplies stock (应急物资台账, 沪教委后〔2024〕10号 §四5 储备和管理): its lines, each an
 * item, quantity, purchase date and expiry. An item may have several lines (bought at different
 * times); an item of the quota without any line is held at 0. The JSON document type
 * {@code supplies-stock} ({@link #DOCUMENT}, schema {@value #SCHEMA_RESOURCE} in the logistics jar).
 * Which items exist is the quota's business: a line naming an item the quota does not list is refused
 * when assessed ({@code UNKNOWN_CODE} naming {@code lines[i].item}). Immutable.
 *
 * @param schemaVersion the wire-format version, {@code 1.x}
 * @param schoolId      the school's id
 * @param lines         the stock lines, at most {@value Bounds#MAX_ELEMENTS}; may be empty
 */
public record SupplyStock(String schemaVersion, String schoolId, List<StockLine> lines) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/supplies-stock.schema.json";
  /** The document type {@code supplies-stock}. */
  public static final DocumentType<SupplyStock> DOCUMENT = DocumentType.of("supplies-stock", SupplyStock.class,
      SupplyStock.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param schoolId      the school's id
   * @param lines         the stock lines
   */
  public SupplyStock {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("schoolId", schoolId);
    lines = Bounds.list("lines", lines);
  }

  /**
   * {@return a stock of the current wire-format version}
   *
   * @param schoolId the school's id
   * @param lines    the stock lines
   */
  public static SupplyStock of(String schoolId, List<StockLine> lines) {
    return new SupplyStock(DocumentType.CURRENT_VERSION, schoolId, lines);
  }

  /** {@return the stock as compact JSON, in the {@code supplies-stock} wire format} */
  public String toJson() {
    return AnxiaoJson.strict().write(this);
  }
}
