package org.anxiao.core.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * Where a rule comes from: issuer, document number, clause, year and, when public, a URL.
 *
 * @param issuer         issuing body, e.g. 上海市教育委员会
 * @param document       document number or standard, e.g. 沪教委后〔2024〕10号, GB/T 2589-2020
 * @param title          the document's title, when useful
 * @param clause         the clause, e.g. 四(三)8 or 4.2; empty when the whole document is meant
 * @param year           year of issue (1949–2100)
 * @param url            public address of the text, when there is one
 *
 * <p>A null optional is read as empty.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Citation(
    String issuer,
    String document,
    Optional<String> title,
    Optional<String> clause,
    int year,
    Optional<String> url) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param issuer         issuing body, e.g. 上海市教育委员会
   * @param document       document number or standard, e.g. 沪教委后〔2024〕10号, GB/T 2589-2020
   * @param title          the document's title, when useful
   * @param clause         the clause, e.g. 四(三)8 or 4.2; empty when the whole document is meant
   * @param year           year of issue (1949–2100)
   * @param url            public address of the text, when there is one
   *     <p>A null optional is read as empty.
   */
  public Citation {
    Bounds.nonBlankText("issuer", issuer);
    Bounds.nonBlankText("document", document);
    title = Objects.requireNonNullElse(title, Optional.empty());
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    url = Objects.requireNonNullElse(url, Optional.empty());
    title.ifPresent(t -> Bounds.nonBlankText("title", t));
    clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
    url.ifPresent(u -> Bounds.code("url", u));
    Require.that(year >= 1949 && year <= 2100, "year", year, "must be between 1949 and 2100");
  }

  /**
   * {@return a citation of a whole document}
   *
   * @param issuer   the issuing body
   * @param document the document's title or number
   * @param year     the year of issue
   */
  public static Citation of(String issuer, String document, int year) {
    return new Citation(issuer, document, Optional.empty(), Optional.empty(), year, Optional.empty());
  }

  /**
   * {@return the same citation narrowed to a clause}
   *
   * @param clause the clause, e.g. {@code §5.1}
   */
  public Citation atClause(String clause) {
    return new Citation(issuer, document, title, Optional.of(Bounds.nonBlankText("clause", clause)), year, url);
  }

  /**
   * {@return the same citation narrowed to {@code clause} when one is given, else this citation}
   *
   * @param clause the clause, if any
   */
  public Citation atClause(Optional<String> clause) {
    return Objects.requireNonNullElse(clause, Optional.<String>empty()).map(this::atClause).orElse(this);
  }

  /** {@return a short human form: {@code 沪教委后〔2024〕10号 四(三)8}} */
  public String shortForm() {
    return clause.map(c -> document + " " + c).orElse(document);
  }
}
