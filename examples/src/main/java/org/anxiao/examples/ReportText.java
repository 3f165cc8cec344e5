package org.anxiao.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RulePackRegistry;

/** The text conventions the demo's reports share: column padding, finding lines and pack lists. */
final class ReportText {
  private ReportText() {}

  /** Pads {@code text} to {@code columns} terminal columns, a Han character or full-width sign taking two. */
  static String pad(String text, int columns) {
    int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    return text + " ".repeat(Math.max(0, columns - width));
  }

  /** Prints each finding as its severity and Chinese message, then its English message below. */
  static void findings(PrintStream out, List<Finding> findings) {
    for (Finding f : findings) {
      out.println("     [" + f.severity() + "] " + f.message().zh());
      out.println("            " + f.message().en());
    }
  }

  /** {@return the packs, each with its verification as {@code registry} holds it, comma-separated} */
  static String packs(RulePackRegistry registry, List<PackRef> refs) {
    return refs.stream().map(r -> r + " [" + registry.pack(r).verification() + "]")
        .collect(Collectors.joining(", "));
  }
}
