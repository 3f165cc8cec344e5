package org.anxiao.core.batch;

import java.util.function.IntFunction;

/** Text of the column types for logs: unit, size and the first few elements only. */
final class Columns {
  /** How many elements a column's {@code toString} shows. */
  static final int SHOWN = 8;

  private Columns() {}

  /** {@code index}, checked to lie in {@code [0, size)}. */
  static int checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new org.anxiao.core.error.InvalidValueException("index", index, "must be between 0 and size - 1 = " + (size - 1));
    }
    return index;
  }

  static String describe(String type, String unit, int size, IntFunction<String> element) {
    StringBuilder sb = new StringBuilder(type).append('[').append(unit).append(", ").append(size);
    for (int i = 0; i < Math.min(size, SHOWN); i++) {
      sb.append(i == 0 ? ": " : ", ").append(element.apply(i));
    }
    if (size > SHOWN) {
      sb.append(", …");
    }
    return sb.append(']').toString();
  }
}
