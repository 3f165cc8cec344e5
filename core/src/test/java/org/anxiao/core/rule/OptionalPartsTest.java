package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An optional clause or unit, when present, is held to the same domain as a required one: a clause
 * is non-blank text, a unit a code without control characters. Each check is made by the record's
 * constructor and names the component.
 */
class OptionalPartsTest {
  private static final Optional<String> BLANK = Optional.of("  ");
  private static final Optional<String> BAD_CODE = Optional.of("k\u0000W");
  private static final Citation CITATION = Citation.of("上海市教育委员会", "沪教委保〔2021〕13号", 2021);
  private static final LocalizedText TITLE = LocalizedText.of("安全出口", "Exits");

  private static void refused(String field, Executable construction) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construction);
    assertEquals(Optional.of(field), e.field());
  }

  @Test
  void aBlankClauseIsRefusedByEveryParameterType() {
    refused("clause", () -> new Parameter.Flag(true, BLANK, Optional.empty(), Optional.empty()));
    refused("clause", () -> new Parameter.Text("x", BLANK, Optional.empty(), Optional.empty()));
    refused("clause", () -> new Parameter.TextList(List.of("x"), BLANK, Optional.empty(), Optional.empty()));
    refused("clause", () -> new Parameter.WholeNumber(2, Optional.empty(), BLANK, Optional.empty(), Optional.empty()));
    refused("clause", () -> new Parameter.Structure("{}", BLANK, Optional.empty(), Optional.empty()));
    refused("clause", () -> new DecimalEntry(BigDecimal.ONE, BLANK, Optional.empty()));
    refused("clause", () -> new ChecklistItem("a", TITLE, BigDecimal.TEN, Optional.empty(), false, BLANK));
  }

  @Test
  void aUnitWithAControlCharacterIsRefused() {
    refused("unit", () -> new Parameter.WholeNumber(2, BAD_CODE, Optional.empty(), Optional.empty(), Optional.empty()));
    refused("unit", () -> new AppliedRule(PackRef.of("cn.test", "1.0.0"), "guards", "2", BAD_CODE,
        Verification.SECONDARY, CITATION));
  }

  @Test
  void presentValidPartsAreKept() {
    Parameter.WholeNumber n = new Parameter.WholeNumber(2, Optional.of("人"), Optional.of("三(二)"),
        Optional.empty(), Optional.empty());
    assertEquals(Optional.of("人"), n.unit());
    assertEquals(Optional.of("三(二)"), n.clause());
  }
}
