package org.anxiao.safety.risk;

/**
 * The three factors of the LEC method (作业条件危险性评价法), D = L × E × C, each read from a value table
 * of its pack ({@link LecScale}).
 */
public enum LecFactor {
  /** L (likelihood, 事故发生的可能性). */
  LIKELIHOOD("likelihood"),
  /** E (exposure, 暴露于危险环境的频繁程度). */
  EXPOSURE("exposure"),
  /** C (consequence, 发生事故产生的后果). */
  CONSEQUENCE("consequence");

  private final String field;

  LecFactor(String field) {
    this.field = field;
  }

  /** {@return the factor's field name on the wire and in errors: {@code likelihood}, {@code exposure}, {@code consequence}} */
  public String field() {
    return field;
  }
}
