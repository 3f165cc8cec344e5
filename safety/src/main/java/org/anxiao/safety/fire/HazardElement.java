package org.anxiao.safety.fire;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;

/**
 * One element of GB 35181's catalogue (重大火灾隐患判定要素): a direct element (直接判定要素) or a
 * composite element (综合判定要素), identified by its clause number in one edition. The same number
 * means different things in different editions, so an id is only ever read against the catalogue in
 * force. Immutable and thread-safe.
 *
 * @param id           the clause number as printed, e.g. {@code 6.9} or {@code 7.3.1}
 * @param kind         direct or composite
 * @param section      the section it belongs to: the chapter for a direct element ({@code 6}), the
 *                     section for a composite one ({@code 7.3}; {@code 7.5} for the element 7.5 itself)
 * @param title        a short title (zh as in the standard, shortened; en a gloss), a label only
 * @param verification how well the element (its id and title) was checked, when below the
 *                     catalogue's own level; empty when the same; null is read as empty
 */
public record HazardElement(String id, ElementKind kind, String section, LocalizedText title,
    Optional<Verification> verification) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id           the clause number as printed
   * @param kind         direct or composite
   * @param section      the chapter or section it belongs to
   * @param title        a short title
   * @param verification how well the element was checked, if below the catalogue's level
   */
  public HazardElement {
    Bounds.code("id", id);
    Require.that(ElementIds.isClauseNumber(id), "id", id, "must be a clause number such as 6.9 or 7.3.1");
    Require.nonNull("kind", kind);
    Bounds.code("section", section);
    Require.that(ElementIds.within(id, section), "section", section, "must be a prefix of the element's id " + id);
    Require.nonNull("title", title);
    verification = Objects.requireNonNullElse(verification, Optional.empty());
  }
}
