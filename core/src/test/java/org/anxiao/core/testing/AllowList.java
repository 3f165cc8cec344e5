package org.anxiao.core.testing;

import java.util.List;
import java.util.Set;
import org.anxiao.core.testing.Probe.Domain;

/**
 * Parameters whose documented domain includes a value the harness otherwise counts as "outside the
 * domain" when a call accepts it. Each entry says why. Keep it short: an entry is a claim about the
 * documentation, to be checked by whoever reads a report.
 */
final class AllowList {
  /**
   * One allowance. {@code type} is a simple class name, a package followed by {@code .*}, or
   * {@code *}; {@code member} a method name ({@code new} for constructors) or {@code *}; an empty
   * {@code params} matches every parameter.
   */
  record Entry(String type, String member, Set<String> params, Domain domain, String reason) {
    boolean matches(Class<?> owner, String memberName, String param, Domain d) {
      return d == domain && (type.equals("*") || type.equals(owner.getSimpleName())
          || type.equals(owner.getPackageName() + ".*"))
          && (member.equals("*") || member.equals(memberName)) && (params.isEmpty() || params.contains(param));
    }
  }

  /** Parameter names of free text (names, titles, notes, messages): {@code Bounds.text} allows line breaks. */
  static final Set<String> TEXT = Set.of("name", "nameEn", "title", "note", "message", "address", "reason", "zh", "en",
      "text", "description", "remark", "comment", "label", "issuer", "document", "documentTitle", "clause");

  static final List<Entry> ENTRIES = List.of(
      new Entry("*", "*", TEXT, Domain.LINE_BREAK,
          "free text: Bounds.text allows tab, line feed and carriage return"),
      new Entry("org.anxiao.core.batch.*", "*", Set.of(), Domain.TOO_MANY_ELEMENTS,
          "the columnar batch types are bounded by memory only (Bounds javadoc)"),
      new Entry("EnergyBatch", "run", Set.of("value"), Domain.OUT_OF_BOUNDS,
          "a bad reading in a batch column is not thrown but reported: it becomes a Failure naming its row and is"
              + " never summed (BatchAccumulator javadoc); the energy batch tests assert each such failure"),
      new Entry("Failure", "new", Set.of("index"), Domain.NOT_A_COUNT,
          "an index into a batch, which is bounded by memory only, not a count of people"),
      new Entry("Failure", "new", Set.of("value"), Domain.BLANK,
          "the offending value as the caller gave it: a blank input is recorded as blank"),
      new Entry("Failure", "new", Set.of("value"), Domain.LINE_BREAK,
          "the offending value as text (Bounds.text): a value with a line break is recorded with it"),
      new Entry("JsonLimits", "new", Set.of(), Domain.NOT_A_COUNT,
          "limits of a reader, in bytes and characters: any positive number is a valid limit (record javadoc)"),
      new Entry("WholeNumber", "new", Set.of("value"), Domain.NOT_A_COUNT,
          "a rule pack's whole number is any long (schema: integer, full long range); a kind states its domain"
              + " with ParameterSpec.nonNegative()/positive()/range() and binding refuses values outside it"));

  private AllowList() {}

  static boolean allows(Class<?> owner, String member, String param, Domain domain) {
    for (Entry e : ENTRIES) {
      if (e.matches(owner, member, param, domain)) {
        return true;
      }
    }
    return false;
  }
}
