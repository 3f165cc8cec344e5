package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;

/**
 * A parameter as resolved for a query, with the pack it came from, for inspection and listings.
 * Calculators do not read parameters by name: they read values bound by a {@link RuleKind}. The
 * accessors check the parameter's type and throw {@link RulePackException#INVALID} naming the pack
 * and parameter when it is of another type. Immutable and thread-safe.
 */
public final class ResolvedParameter {
  private final RulePack pack;
  private final String name;
  private final Parameter parameter;

  ResolvedParameter(RulePack pack, String name, Parameter parameter) {
    this.pack = pack;
    this.name = name;
    this.parameter = parameter;
  }

  /** {@return the pack that defines the parameter for this query} */
  public RulePack pack() {
    return pack;
  }

  /** {@return the parameter's name} */
  public String name() {
    return name;
  }

  /** {@return the parameter itself} */
  public Parameter parameter() {
    return parameter;
  }

  /** {@return its verification: its own, else the pack's} */
  public Verification verification() {
    return pack.verificationOf(name);
  }

  /** {@return the pack's source narrowed to the parameter's clause} */
  public Citation citation() {
    return pack.source().atClause(parameter.clause());
  }

  /** {@return the value as used, for the result's record} */
  public AppliedRule applied() {
    Optional<String> unit = Optional.empty();
    if (parameter instanceof Parameter.Decimal d) {
      unit = d.unit();
    } else if (parameter instanceof Parameter.WholeNumber w) {
      unit = w.unit();
    } else if (parameter instanceof Parameter.DecimalTable t) {
      unit = t.unit();
    }
    return new AppliedRule(pack.ref(), name, parameter.valueText(), unit, verification(), citation());
  }

  /**
   * {@return one row of a decimal table, as used}
   *
   * @param key the row's key
   */
  public AppliedRule appliedRow(String key) {
    Parameter.DecimalTable t = as(Parameter.DecimalTable.class, "decimal-table");
    DecimalEntry row = row(t, key);
    Citation citation = citation().atClause(row.clause());
    return new AppliedRule(pack.ref(), name + "[" + key + "]", row.value().toPlainString(), t.unit(),
        row.verification().orElse(verification()), citation);
  }

  /** {@return the value of a {@code decimal} parameter} */
  public BigDecimal decimal() {
    return as(Parameter.Decimal.class, "decimal").value();
  }

  /** {@return the value of an {@code integer} parameter} */
  public long wholeNumber() {
    return as(Parameter.WholeNumber.class, "integer").value();
  }

  /** {@return the value of a {@code boolean} parameter} */
  public boolean flag() {
    return as(Parameter.Flag.class, "boolean").value();
  }

  /** {@return the value of a {@code text} parameter} */
  public String text() {
    return as(Parameter.Text.class, "text").value();
  }

  /** {@return the values of a {@code text-list} parameter} */
  public List<String> textList() {
    return as(Parameter.TextList.class, "text-list").values();
  }

  /**
   * {@return a row of a {@code decimal-table} parameter; unknown keys throw {@link UnknownCodeException}}
   *
   * @param key the row's key
   */
  public BigDecimal tableValue(String key) {
    return row(as(Parameter.DecimalTable.class, "decimal-table"), key).value();
  }

  /** {@return a {@code structure} parameter's JSON text; bind it with {@link ParameterSpec#structure}} */
  public String structure() {
    return as(Parameter.Structure.class, "structure").json();
  }

  private DecimalEntry row(Parameter.DecimalTable t, String key) {
    DecimalEntry row = t.rows().get(Require.nonNull("key", key));
    if (row == null) {
      throw new UnknownCodeException(pack.ref() + "/" + name, key, "row of " + name);
    }
    return row;
  }

  private <P extends Parameter> P as(Class<P> type, String typeName) {
    if (!type.isInstance(parameter)) {
      throw new RulePackException(RulePackException.INVALID, pack.ref() + "/parameters/" + name,
          parameter.getClass().getSimpleName(), "must be of type " + typeName);
    }
    return type.cast(parameter);
  }

  @Override
  public String toString() {
    return pack.ref() + "/" + name + " = " + parameter.valueText();
  }
}
