package org.anxiao.core.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A typed parameter of a rule pack: a threshold, coefficient, ratio, list or structure, with the
 * clause it comes from, its own verification level (when it differs from the pack's) and a note.
 *
 * <p>On the wire the kind is the {@code "type"} property: {@code decimal}, {@code integer},
 * {@code boolean}, {@code text}, {@code text-list}, {@code decimal-table} or {@code structure}.
 * The set is closed (no polymorphic default typing).
 *
 * <p>Every component keeps the bounds of {@link org.anxiao.core.internal.Bounds}: decimals within
 * 64 integer and 32 fractional digits, units codes without control characters, clauses and texts
 * not blank, lists and tables of at most 100,000 entries, and structures of at
 * most 100,000 nodes. A table's rows iterate in key order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Parameter.Decimal.class, name = "decimal"),
    @JsonSubTypes.Type(value = Parameter.WholeNumber.class, name = "integer"),
    @JsonSubTypes.Type(value = Parameter.Flag.class, name = "boolean"),
    @JsonSubTypes.Type(value = Parameter.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Parameter.TextList.class, name = "text-list"),
    @JsonSubTypes.Type(value = Parameter.DecimalTable.class, name = "decimal-table"),
    @JsonSubTypes.Type(value = Parameter.Structure.class, name = "structure")})
public sealed interface Parameter {

  /** {@return the clause of the pack's source the value is taken from, if narrower than the pack's} */
  Optional<String> clause();

  /** {@return the value's verification, when it differs from the pack's} */
  Optional<Verification> verification();

  /** {@return remarks: the reading chosen for an ambiguous clause, the unit convention, …} */
  Optional<LocalizedText> note();

  /** {@return the value as canonical text, as recorded in results} */
  String valueText();

  /** A decimal, e.g. a coefficient; {@code unit} is the unit as written in the source. */
  record Decimal(BigDecimal value, Optional<String> unit, Optional<String> clause,
      Optional<Verification> verification, Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param value        the decimal, not null
     * @param unit         the unit as written in the source, if any; null is read as empty
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public Decimal {
      Bounds.decimal("value", value);
      unit = Objects.requireNonNullElse(unit, Optional.empty());
      unit.ifPresent(u -> Bounds.code("unit", u));
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      return value.toPlainString();
    }
  }

  /** A whole number, e.g. a head-count threshold. */
  record WholeNumber(long value, Optional<String> unit, Optional<String> clause,
      Optional<Verification> verification, Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record; a null optional component is read as empty.
     *
     * @param value        the whole number
     * @param unit         the unit as written in the source, if any; null is read as empty
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public WholeNumber {
      unit = Objects.requireNonNullElse(unit, Optional.empty());
      unit.ifPresent(u -> Bounds.code("unit", u));
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      return Long.toString(value);
    }
  }

  /** A switch, e.g. which reading of an ambiguous clause applies. */
  record Flag(boolean value, Optional<String> clause, Optional<Verification> verification,
      Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record; a null optional component is read as empty.
     *
     * @param value        the switch
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public Flag {
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      return Boolean.toString(value);
    }
  }

  /** A text or code. */
  record Text(String value, Optional<String> clause, Optional<Verification> verification,
      Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param value        the text or code, not null
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public Text {
      Bounds.line("value", value);
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      return value;
    }
  }

  /** A list of texts or codes, e.g. the building uses that count as crowded places. */
  record TextList(List<String> values, Optional<String> clause, Optional<Verification> verification,
      Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param values       the texts or codes, in order
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public TextList {
      values = Bounds.list("values", values);
      for (int i = 0; i < values.size(); i++) {
        Bounds.line("values[" + i + "]", values.get(i));
      }
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    /** The values joined by commas; {@code []} for an empty list, so the text is never blank. */
    @Override
    public String valueText() {
      return values.isEmpty() ? "[]" : String.join(",", values);
    }
  }

  /** Decimals keyed by code, e.g. coefficients by energy carrier; rows may carry own citations. */
  record DecimalTable(Map<String, DecimalEntry> rows, Optional<String> unit, Optional<String> clause,
      Optional<Verification> verification, Optional<LocalizedText> note) implements Parameter {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param rows         the rows by code
     * @param unit         the unit as written in the source, if any; null is read as empty
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public DecimalTable {
      rows = Bounds.codeMap("rows", rows);
      unit = Objects.requireNonNullElse(unit, Optional.empty());
      unit.ifPresent(u -> Bounds.code("unit", u));
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      StringBuilder sb = new StringBuilder();
      rows.forEach((k, v) ->
          sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v.value().toPlainString()));
      return sb.toString();
    }
  }

  /**
   * A structure a domain module binds to its own type (a checklist, a tier table) through
   * {@link ParameterSpec#structure}. It is held as compact JSON text, so the record is immutable and
   * no JSON library type appears in the API; on the wire it is the JSON object itself.
   *
   * @param json the structure as JSON text (an object)
   */
  record Structure(@JsonProperty("value") @JsonSerialize(using = StructureJson.Writer.class)
      @JsonDeserialize(using = StructureJson.Reader.class) String json,
      Optional<String> clause, Optional<Verification> verification, Optional<LocalizedText> note)
      implements Parameter {
    /**
     * Creates the record after checking each component against its documented domain.
     *
     * @param json         the structure as JSON text (an object)
     * @param clause       the clause of the pack's source the value is taken from, if narrower than the pack's; null is read as empty
     * @param verification the value's verification, when it differs from the pack's; null is read as empty
     * @param note         remarks on the value; null is read as empty
     */
    public Structure {
      json = StructureJson.compact(Require.nonNull("value", json));
      clause = Objects.requireNonNullElse(clause, Optional.empty());
      clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
      verification = Objects.requireNonNullElse(verification, Optional.empty());
      note = Objects.requireNonNullElse(note, Optional.empty());
    }

    @Override
    public String valueText() {
      return json;
    }
  }
}
