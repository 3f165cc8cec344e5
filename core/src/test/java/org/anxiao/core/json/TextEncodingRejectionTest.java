package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.SchoolDocument;
import org.junit.jupiter.api.Test;

/**
 * Bytes that start like UTF-32 (three zero bytes) but hold no valid code point are a malformed
 * document, not an I/O failure: {@link WireFormatException#MALFORMED}, on every read path.
 */
class TextEncodingRejectionTest {
  /** Jackson detects UTF-32BE from {@code 00 00 00 7B}; {@code 0x68627322} is above U+10FFFF. */
  private static final byte[] BAD_UTF32 = {0, 0, 0, '{', 0x68, 0x62, 0x73, 0x22, 0, 0, 0, '}'};

  @Test
  void readDocumentRefusesItAsMalformed() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(new ByteArrayInputStream(BAD_UTF32), SchoolDocument.DOCUMENT));
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
  }

  @Test
  void bindingRefusesItAsMalformed() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.lenient().read(BAD_UTF32, RulePack.class));
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
  }
}
