package org.anxiao.logistics.waste;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.time.Period;

/**
 * A campus's waste record (生活垃圾分类台账) for one period, also the JSON document {@code waste-record}
 * ({@value #SCHEMA_RESOURCE} in the logistics jar): the mass of each stream collected, the wet waste
 * treated on site (湿垃圾就地处理, 沪教委保〔2021〕13号 §三(三)2), the sorting inspections (bins inspected,
 * bins found correctly sorted), the head-count (pupils and staff) and the days the waste was produced
 * over.
 *
 * <p>Invariants: each stream listed at most once (a stream not listed weighs 0); every mass a mass,
 * finite and not negative (another dimension is a {@link org.anxiao.core.error.UnitMismatchException}
 * naming the field); the wet waste treated on site at most the wet waste listed; bins correctly sorted
 * at most bins inspected; counts from 0 to 10 000 000; days at most the period's days. Immutable and
 * thread-safe.
 *
 * @param schemaVersion    the wire-format version
 * @param campus           the campus's id (校区编号)
 * @param period           the period, e.g. the month {@code 2024-10}
 * @param masses           mass per stream, each stream at most once
 * @param wetTreatedOnSite wet waste treated on site (e.g. by a composter), part of the {@code WET} mass
 * @param binsInspected    bins inspected for sorting (分类检查桶次)
 * @param binsCorrect      of those, bins found correctly sorted (分类正确桶次)
 * @param pupils           pupils on roll (学生数)
 * @param staff            staff (教职工数)
 * @param days             days the waste was produced over (e.g. school days), at most the period's days
 */
public record WasteRecord(String schemaVersion, String campus, Period period, List<StreamMass> masses,
    Quantity<Mass> wetTreatedOnSite, long binsInspected, long binsCorrect, long pupils, long staff, long days) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/waste-record.schema.json";
  /** The document type {@code waste-record}. */
  public static final DocumentType<WasteRecord> DOCUMENT = DocumentType.of("waste-record", WasteRecord.class,
      WasteRecord.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion    the wire-format version
   * @param campus           the campus's id
   * @param period           the period
   * @param masses           mass per stream
   * @param wetTreatedOnSite wet waste treated on site
   * @param binsInspected    bins inspected
   * @param binsCorrect      bins correctly sorted
   * @param pupils           pupils
   * @param staff            staff
   * @param days             days
   * @throws InvalidValueException for a stream listed twice ({@code masses[i].stream}), on-site wet waste above the
   *     wet mass, correct bins above bins inspected or days beyond the period
   */
  public WasteRecord {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("campus", campus);
    Require.nonNull("period", period);
    masses = Bounds.list("masses", masses);
    Map<WasteStream, Integer> seen = new EnumMap<>(WasteStream.class);
    BigDecimal wet = BigDecimal.ZERO;
    for (int i = 0; i < masses.size(); i++) {
      StreamMass m = masses.get(i);
      Integer before = seen.put(m.stream(), i);
      if (before != null) {
        throw new InvalidValueException("masses[" + i + "].stream", m.stream().name(),
            "is listed twice (also masses[" + before + "])");
      }
      if (m.stream() == WasteStream.WET) {
        wet = m.kg();
      }
    }
    BigDecimal onSite = ExactMeasures.kilograms("wetTreatedOnSite", wetTreatedOnSite);
    Require.that(onSite.compareTo(wet) <= 0, "wetTreatedOnSite", onSite.toPlainString() + " kg",
        "must not exceed the WET mass {} kg", wet.toPlainString());
    Bounds.count("binsInspected", binsInspected);
    Bounds.count("binsCorrect", binsCorrect);
    Require.that(binsCorrect <= binsInspected, "binsCorrect", binsCorrect, "must not exceed binsInspected {}",
        binsInspected);
    Bounds.count("pupils", pupils);
    Bounds.count("staff", staff);
    Bounds.count("days", days);
    Require.that(days <= period.days(), "days", days, "must not exceed the period's {} days", period.days());
  }

  /**
   * {@return a record of the current wire-format version}
   *
   * @param campus           the campus's id
   * @param period           the period
   * @param masses           mass per stream
   * @param wetTreatedOnSite wet waste treated on site
   * @param binsInspected    bins inspected
   * @param binsCorrect      bins correctly sorted
   * @param pupils           pupils
   * @param staff            staff
   * @param days             days
   */
  public static WasteRecord of(String campus, Period period, List<StreamMass> masses, Quantity<Mass> wetTreatedOnSite,
      long binsInspected, long binsCorrect, long pupils, long staff, long days) {
    return new WasteRecord(DocumentType.CURRENT_VERSION, campus, period, masses, wetTreatedOnSite, binsInspected,
        binsCorrect, pupils, staff, days);
  }

  /**
   * {@return the record read from a {@code waste-record} JSON document, checked against its schema}
   *
   * @param json the document
   * @throws org.anxiao.core.error.WireFormatException when the document is not a valid record
   */
  public static WasteRecord fromJson(String json) {
    return AnxiaoJson.strict().readDocument(Require.nonNull("json", json), DOCUMENT);
  }

  /** {@return the record as compact JSON} */
  public String toJson() {
    return AnxiaoJson.strict().write(this);
  }

  /** {@return the head-count, pupils plus staff} */
  public long headcount() {
    return pupils + staff;
  }

  /** {@return the wet waste treated on site in kilograms, exact} */
  public BigDecimal wetTreatedOnSiteKg() {
    return ExactMeasures.kilograms("wetTreatedOnSite", wetTreatedOnSite);
  }

  /**
   * {@return the mass of {@code stream} in kilograms, exact; 0 when it is not listed}
   *
   * @param stream the stream
   */
  public BigDecimal kg(WasteStream stream) {
    Require.nonNull("stream", stream);
    for (StreamMass m : masses) {
      if (m.stream() == stream) {
        return m.kg();
      }
    }
    return BigDecimal.ZERO;
  }
}
