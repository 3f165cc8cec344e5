package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Which characters codes and texts refuse, and that the refusal names the first forbidden char by
 * its UTF-16 index and code unit, with the value escaped: the edges of each forbidden range, the
 * neighbours just outside it, and surrogate pairs, which count as two chars of the index.
 */
class ForbiddenCharactersTest {
  private static void textRefuses(String value, int index, int unit) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Bounds.text("note", value),
        () -> "text accepted " + Bounds.escape(value));
    assertEquals(Optional.of("note"), e.field());
    assertEquals(String.format("holds a control or format character U+%04X at index %d", unit, index), e.rule());
    assertEquals(Optional.of(Bounds.escape(value)), e.value());
  }

  private static void codeRefuses(String value, int index, int unit) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Bounds.code("id", value),
        () -> "code accepted " + Bounds.escape(value));
    assertEquals(String.format("holds a control or format character U+%04X at index %d", unit, index), e.rule());
  }

  private static void bothAccept(String value) {
    assertSame(value, Bounds.text("note", value));
    assertSame(value, Bounds.code("id", value));
  }

  @Test
  void c0ControlsAndDelAreRefusedButSpaceAndTildeAreNot() {
    bothAccept("a b~c");
    textRefuses("ab\u001F", 2, 0x1F);
    codeRefuses("ab\u001F", 2, 0x1F);
    textRefuses("ab\u007F", 2, 0x7F);
    codeRefuses("\u007F", 0, 0x7F);
    textRefuses("a\u0085", 1, 0x85);
  }

  @Test
  void textAllowsTabAndLineBreaksWhereACodeRefusesThem() {
    assertEquals("a\tb\nc\rd", Bounds.text("note", "a\tb\nc\rd"));
    codeRefuses("a\tb", 1, 0x09);
    codeRefuses("ab\n", 2, 0x0A);
    codeRefuses("a\r", 1, 0x0D);
  }

  @Test
  void aSurrogatePairCountsAsTwoCharsOfTheIndex() {
    bothAccept("😀学");
    textRefuses("😀\u0000", 2, 0x00);
    codeRefuses("😀😀\u0001", 4, 0x01);
    textRefuses("😀\u202E", 2, 0x202E);
  }

  @Test
  void unpairedSurrogatesAreRefusedWhereTheyStand() {
    textRefuses("a\uD800", 1, 0xD800);
    textRefuses("\uD800a", 0, 0xD800);
    textRefuses("a\uDC00b", 1, 0xDC00);
    textRefuses("\uDE00\uD83D", 0, 0xDE00);
    codeRefuses("ab\uD83D", 2, 0xD83D);
  }

  @Test
  void noncharactersAreRefusedAtBothEndsOfTheirRanges() {
    for (char c : new char[] {'\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF'}) {
      textRefuses("x" + c, 1, c);
      codeRefuses("x" + c, 1, c);
    }
    // U+1FFFE and U+10FFFF, the last two code points of their planes; the high surrogate is named
    textRefuses("x\uD83F\uDFFE", 1, 0xD83F);
    textRefuses("x\uDBFF\uDFFF", 1, 0xDBFF);
    // just outside U+FDD0..U+FDEF, and the replacement character just below U+FFFE
    bothAccept("\uFDCF\uFDF0\uFFFD");
  }

  @Test
  void bidirectionalControlsAndTheByteOrderMarkAreRefusedInText() {
    for (char c : new char[] {'\u200E', '\u200F', '\u202A', '\u202C', '\u202E', '\u2066', '\u2069', '\uFEFF'}) {
      textRefuses("ok" + c, 2, c);
      codeRefuses("ok" + c, 2, c);
    }
  }

  @Test
  void textAllowsTheOtherFormatCharactersWhichCodesRefuse() {
    // zero-width joiner, soft hyphen, word joiner and U+206A (the format character just past the
    // bidirectional isolates): format characters, but no bidirectional control
    for (char c : new char[] {'\u200D', '\u00AD', '\u2060', '\u206A'}) {
      assertEquals("a" + c, Bounds.text("note", "a" + c));
      codeRefuses("a" + c, 1, c);
    }
    // narrow no-break space, just past U+202E: an ordinary space separator
    bothAccept("a\u202Fb");
  }

  @Test
  void lineAndParagraphSeparatorsAreRefusedEverywhere() {
    textRefuses("a\u2028", 1, 0x2028);
    textRefuses("a\u2029", 1, 0x2029);
    codeRefuses("a\u2028", 1, 0x2028);
  }
}
