package org.anxiao.safety.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * A hazard register held as primitive columns (隐患台账列存), for the KPIs of a city or a province in one
 * pass: per row the unit, division, area and department as indexes into small dictionaries, the grade
 * as a byte, the found, deadline and closing dates as epoch days, and the two flags. Build it once
 * with {@link #builder()} (each entry validated as a {@link RegisterEntry}, ids unique), then hand it
 * to {@link RegisterKpis#rollUp(org.anxiao.core.time.Period, RegisterColumns, RollUpLevel)} as often
 * as needed. At most {@value #MAX_ROWS} rows. Immutable and thread-safe once built.
 */
public final class RegisterColumns {
  /** The most rows a register holds. */
  public static final int MAX_ROWS = 10_000_000;
  /** The deadline column's value for no deadline. */
  static final int NO_DEADLINE = Integer.MIN_VALUE;
  /** The closing column's value for a hazard not closed. */
  static final int NOT_CLOSED = Integer.MAX_VALUE;

  final int size;
  final String[] ids;
  final int[] unit;
  final int[] jurisdiction;
  final int[] area;
  final int[] department;
  final byte[] grade;
  final int[] found;
  final int[] deadline;
  final int[] closed;
  final boolean[] hard;
  final boolean[] plan;
  final List<String> units;
  final List<JurisdictionCode> jurisdictions;
  final List<String> areas;
  final List<String> departments;

  private RegisterColumns(Builder b) {
    size = b.size;
    ids = Arrays.copyOf(b.ids, size);
    unit = Arrays.copyOf(b.unit, size);
    jurisdiction = Arrays.copyOf(b.jurisdiction, size);
    area = Arrays.copyOf(b.area, size);
    department = Arrays.copyOf(b.department, size);
    grade = Arrays.copyOf(b.grade, size);
    found = Arrays.copyOf(b.found, size);
    deadline = Arrays.copyOf(b.deadline, size);
    closed = Arrays.copyOf(b.closed, size);
    hard = Arrays.copyOf(b.hard, size);
    plan = Arrays.copyOf(b.plan, size);
    units = List.copyOf(b.units.names);
    jurisdictions = List.copyOf(b.jurisdictions.names);
    areas = List.copyOf(b.areas.names);
    departments = List.copyOf(b.departments.names);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the columns of {@code entries}, in their order}
   *
   * @param entries the register, ids unique, at most 100 000 entries
   */
  public static RegisterColumns of(List<RegisterEntry> entries) {
    List<RegisterEntry> list = Bounds.list("entries", entries);
    Builder b = builder();
    for (RegisterEntry e : list) {
      b.add(e);
    }
    return b.build();
  }

  /** {@return the number of rows} */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "RegisterColumns[" + size + " rows, " + units.size() + " units, " + areas.size() + " areas, "
        + departments.size() + " departments]";
  }

  /** A dictionary of names to indexes, in first-seen order. */
  private static final class Dictionary<T> {
    final List<T> names = new ArrayList<>();
    final Map<T, Integer> index = new HashMap<>();

    int of(T name) {
      Integer i = index.get(name);
      if (i == null) {
        i = names.size();
        names.add(name);
        index.put(name, i);
      }
      return i;
    }
  }

  /** Collects rows; not thread-safe. */
  public static final class Builder {
    private int size;
    private String[] ids = new String[16];
    private int[] unit = new int[16];
    private int[] jurisdiction = new int[16];
    private int[] area = new int[16];
    private int[] department = new int[16];
    private byte[] grade = new byte[16];
    private int[] found = new int[16];
    private int[] deadline = new int[16];
    private int[] closed = new int[16];
    private boolean[] hard = new boolean[16];
    private boolean[] plan = new boolean[16];
    private final Set<String> seen = new HashSet<>();
    private final Dictionary<String> units = new Dictionary<>();
    private final Dictionary<JurisdictionCode> jurisdictions = new Dictionary<>();
    private final Dictionary<String> areas = new Dictionary<>();
    private final Dictionary<String> departments = new Dictionary<>();

    private Builder() {}

    /**
     * Adds one entry as a row.
     *
     * @param entry the entry; its id not yet added
     * @return this builder
     * @throws InvalidValueException when the id was added before, or the builder is full
     */
    public Builder add(RegisterEntry entry) {
      Require.nonNull("entry", entry);
      if (size == MAX_ROWS) {
        throw new InvalidValueException("entries", MAX_ROWS + 1 + " rows", "holds more than " + MAX_ROWS + " rows");
      }
      if (!seen.add(entry.id())) {
        throw new InvalidValueException("entry.id", entry.id(), "appears twice in the register");
      }
      if (size == ids.length) {
        grow();
      }
      int i = size++;
      ids[i] = entry.id();
      unit[i] = units.of(entry.unit());
      jurisdiction[i] = jurisdictions.of(entry.jurisdiction());
      area[i] = areas.of(entry.area());
      department[i] = departments.of(entry.department());
      grade[i] = (byte) entry.grade().ordinal();
      found[i] = Math.toIntExact(entry.found().toEpochDay());
      deadline[i] = entry.deadline().map(d -> Math.toIntExact(d.toEpochDay())).orElse(NO_DEADLINE);
      closed[i] = entry.closed().map(d -> Math.toIntExact(d.toEpochDay())).orElse(NOT_CLOSED);
      hard[i] = entry.hardToResolve();
      plan[i] = entry.planComplete();
      return this;
    }

    private void grow() {
      int n = Math.min(MAX_ROWS, ids.length * 2);
      ids = Arrays.copyOf(ids, n);
      unit = Arrays.copyOf(unit, n);
      jurisdiction = Arrays.copyOf(jurisdiction, n);
      area = Arrays.copyOf(area, n);
      department = Arrays.copyOf(department, n);
      grade = Arrays.copyOf(grade, n);
      found = Arrays.copyOf(found, n);
      deadline = Arrays.copyOf(deadline, n);
      closed = Arrays.copyOf(closed, n);
      hard = Arrays.copyOf(hard, n);
      plan = Arrays.copyOf(plan, n);
    }

    /** {@return the columns of the rows added so far} */
    public RegisterColumns build() {
      return new RegisterColumns(this);
    }
  }
}
