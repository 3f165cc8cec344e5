package org.anxiao.safety.hazard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * A hazard register (隐患台账) as a top-level JSON document: {@code {"schemaVersion": "1.0", "unitId": …,
 * "jurisdiction": …, "hazards": [...]}}, published with the JSON Schema {@code hazard-register}
 * ({@value #SCHEMA_RESOURCE} in the safety jar).
 *
 * <p>Personal names: an owner's or acceptor's name is optional and written only when the caller asks.
 * {@link #toJson()} writes the register {@linkplain #withoutNames() without names} — the default —
 * and {@link #toJsonWithNames()} writes it as held. Immutable and thread-safe.
 *
 * @param schemaVersion the wire-format version
 * @param unitId        the school or unit whose register it is
 * @param jurisdiction  the unit's jurisdiction (GB/T 2260)
 * @param hazards       the hazards, ids unique
 */
public record HazardRegister(String schemaVersion, String unitId, JurisdictionCode jurisdiction, List<Hazard> hazards) {
  /** Where the schema is in the safety jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/safety/hazard-register.schema.json";
  /** The document type {@code hazard-register}. */
  public static final DocumentType<HazardRegister> DOCUMENT = DocumentType.of("hazard-register", HazardRegister.class,
      HazardRegister.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param unitId        the school or unit
   * @param jurisdiction  the unit's jurisdiction
   * @param hazards       the hazards, ids unique
   * @throws InvalidValueException for a hazard id given twice, naming {@code hazards[i].id}
   */
  public HazardRegister {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("unitId", unitId);
    Require.nonNull("jurisdiction", jurisdiction);
    hazards = Bounds.list("hazards", hazards);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < hazards.size(); i++) {
      if (!ids.add(hazards.get(i).id())) {
        throw new InvalidValueException("hazards[" + i + "].id", hazards.get(i).id(), "is listed twice");
      }
    }
  }

  /**
   * {@return a register of the current wire-format version}
   *
   * @param unitId       the school or unit
   * @param jurisdiction the unit's jurisdiction
   * @param hazards      the hazards
   */
  public static HazardRegister of(String unitId, JurisdictionCode jurisdiction, List<Hazard> hazards) {
    return new HazardRegister(DocumentType.CURRENT_VERSION, unitId, jurisdiction, hazards);
  }

  /** {@return the same register with every personal name removed} */
  public HazardRegister withoutNames() {
    List<Hazard> anonymous = new ArrayList<>(hazards.size());
    hazards.forEach(h -> anonymous.add(h.withoutNames()));
    return new HazardRegister(schemaVersion, unitId, jurisdiction, anonymous);
  }

  /** {@return the register as compact JSON, without personal names (the default for writing)} */
  public String toJson() {
    return AnxiaoJson.strict().write(withoutNames());
  }

  /** {@return the register as compact JSON with the personal names it holds: only when the caller asks} */
  public String toJsonWithNames() {
    return AnxiaoJson.strict().write(this);
  }
}
