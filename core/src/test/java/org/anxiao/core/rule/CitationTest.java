package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A citation's optional parts are checked when present, its year lies in 1949–2100, and its short form. */
class CitationTest {
  private static Citation citation(Optional<String> title, Optional<String> clause, int year, Optional<String> url) {
    return new Citation("上海市教育委员会", "沪教委后〔2024〕10号", title, clause, year, url);
  }

  private static void refused(String field, org.junit.jupiter.api.function.Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertEquals(Optional.of(field), e.field(), e::getMessage);
  }

  @Test
  void theFirstAndLastYearsAreAccepted() {
    assertEquals(1949, citation(Optional.empty(), Optional.empty(), 1949, Optional.empty()).year());
    assertEquals(2100, citation(Optional.empty(), Optional.empty(), 2100, Optional.empty()).year());
  }

  @Test
  void aYearJustOutsideTheRangeIsRefused() {
    for (int year : new int[] {1948, 2101}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> citation(Optional.empty(), Optional.empty(), year, Optional.empty()));
      assertEquals(Optional.of("year"), e.field());
      assertEquals(Optional.of(String.valueOf(year)), e.value());
    }
  }

  @Test
  void aPresentTitleClauseOrUrlMustNotBeBlank() {
    refused("title", () -> citation(Optional.of(" "), Optional.empty(), 2024, Optional.empty()));
    refused("clause", () -> citation(Optional.empty(), Optional.of(""), 2024, Optional.empty()));
    refused("url", () -> citation(Optional.empty(), Optional.empty(), 2024, Optional.of("  ")));
  }

  @Test
  void aUrlIsACodeWithoutLineBreaks() {
    refused("url", () -> citation(Optional.empty(), Optional.empty(), 2024, Optional.of("https://a.example/\nb")));
    String url = "https://edu.sh.gov.cn/a.html";
    assertEquals(Optional.of(url), citation(Optional.empty(), Optional.empty(), 2024, Optional.of(url)).url());
  }

  @Test
  void nullOptionalsAreReadAsEmpty() {
    Citation c = new Citation("某机关", "某文件", null, null, 2024, null);
    assertEquals(Citation.of("某机关", "某文件", 2024), c);
  }

  @Test
  void shortFormIsTheDocumentFollowedByTheClauseWhenThereIsOne() {
    Citation whole = Citation.of("上海市教育委员会", "沪教委后〔2024〕10号", 2024);
    assertEquals("沪教委后〔2024〕10号", whole.shortForm());
    assertEquals("沪教委后〔2024〕10号 四(三)8", whole.atClause("四(三)8").shortForm());
  }

  @Test
  void atClauseWithNothingKeepsTheCitation() {
    Citation narrowed = Citation.of("某机关", "某文件", 2024).atClause("4.2");
    assertEquals(narrowed, narrowed.atClause(Optional.empty()));
    assertEquals(Optional.of("5.1"), narrowed.atClause(Optional.of("5.1")).clause());
  }
}
