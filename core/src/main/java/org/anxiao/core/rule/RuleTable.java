package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;

/**
 * A bound {@code decimal-table} parameter (系数表): exact decimals keyed by code (an energy carrier,
 * a grid region…), each row with its own clause and verification where it differs from the table's.
 *
 * <p>Read rows through {@link RuleTrace#row}, which checks the row's own verification against the
 * policy and records the row as an {@link AppliedRule}. Immutable and thread-safe.
 *
 * @param <K> the key type: {@code String}, or an enum bound by {@link ParameterSpec#decimalTable(String, Class, String)}
 */
public final class RuleTable<K> {
  private final Map<K, DecimalEntry> rows;
  private final AppliedRule table;

  /** Each row's record, made once: a calculation reads rows on every call. */
  private final Map<K, AppliedRule> applied;

  RuleTable(Map<K, DecimalEntry> rows, AppliedRule table) {
    this.rows = Map.copyOf(rows);
    this.table = table;
    Map<K, AppliedRule> records = new java.util.HashMap<>();
    this.rows.forEach((key, row) -> records.put(key, new AppliedRule(table.pack(), table.parameter() + "[" + key + "]",
        row.value().toPlainString(), table.unit(), row.verification().orElse(table.verification()),
        table.citation().atClause(row.clause()))));
    this.applied = Map.copyOf(records);
  }

  /** {@return the keys present} */
  public Set<K> keys() {
    return rows.keySet();
  }

  /**
   * {@return true when the table has a row for {@code key}}
   *
   * @param key the row's key
   */
  public boolean contains(K key) {
    return rows.containsKey(Require.nonNull("key", key));
  }

  /** {@return the unit of every row, as written in the pack} */
  public Optional<String> unit() {
    return table.unit();
  }

  /**
   * {@return the row's record: pack, {@code name[key]}, exact value, unit, the row's verification and clause}
   *
   * @param key the row's key
   */
  public AppliedRule applied(K key) {
    entry(key);
    AppliedRule record = applied.get(key);
    if (record == null) {
      throw new UnknownCodeException(table.pack() + "/" + table.parameter(), key, "row of " + table.parameter());
    }
    return record;
  }

  /** The row's value; prefer {@link RuleTrace#row}, which applies the verification policy. */
  BigDecimal value(K key) {
    return entry(key).value();
  }

  private DecimalEntry entry(K key) {
    DecimalEntry row = rows.get(Require.nonNull("key", key));
    if (row == null) {
      throw new UnknownCodeException(table.pack() + "/" + table.parameter(), key, "row of " + table.parameter());
    }
    return row;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleTable<?> t && t.rows.equals(rows) && t.table.equals(table);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, table);
  }

  @Override
  public String toString() {
    return table.pack() + "/" + table.parameter() + " (" + rows.size() + " rows)";
  }
}
