package org.anxiao.safety.fire;

import java.util.regex.Pattern;

/** Clause numbers of GB 35181 (e.g. {@code 6.9}, {@code 7.3.1}): their shape and nesting. */
final class ElementIds {
  private static final Pattern CLAUSE = Pattern.compile("[1-9][0-9]{0,2}(\\.[1-9][0-9]{0,2}){0,4}");

  private ElementIds() {}

  /** True when {@code id} is a clause number: positive numbers joined by dots, at most five levels. */
  static boolean isClauseNumber(String id) {
    return CLAUSE.matcher(id).matches();
  }

  /** True when {@code id} is {@code section} itself or lies below it ({@code 7.3.1} within {@code 7.3}). */
  static boolean within(String id, String section) {
    return id.equals(section) || id.startsWith(section + ".");
  }
}
