package org.anxiao.safety.hazard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;

/**
 * A list of accident types (事故类别) of one edition of GB 6441 — the structure parameter
 * {@code accidentTypes} of a pack of kind {@code anxiao.safety.accident-types}. Immutable and
 * thread-safe.
 *
 * @param standard the edition, e.g. {@code GB 6441-1986}
 * @param types    the types in the standard's order, codes unique, at least one
 */
public record AccidentTypeList(String standard, List<AccidentType> types) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param standard the edition, e.g. {@code GB 6441-1986}
   * @param types    the types in the standard's order, codes unique, at least one
   * @throws InvalidValueException for an empty list or a code given twice
   */
  public AccidentTypeList {
    Bounds.line("standard", standard);
    types = Bounds.list("types", types);
    if (types.isEmpty()) {
      throw new InvalidValueException("types", "[]", "an accident-type list names at least one type");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      if (!codes.add(types.get(i).code())) {
        throw new InvalidValueException("types[" + i + "].code", types.get(i).code(), "is listed twice");
      }
    }
  }

  /**
   * {@return the type with {@code code}, if listed}
   *
   * @param code an accident-type code
   */
  public Optional<AccidentType> find(String code) {
    Bounds.code("code", code);
    return types.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
