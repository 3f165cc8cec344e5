package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RulePack;
import org.junit.jupiter.api.Test;

/** Every byte of a document counts against its limit, whitespace before and after the content too. */
class DocumentLengthTest {
  /** {@code lead} spaces, then {@code body}, then {@code trail} spaces, generated as read: nothing held in memory. */
  private static InputStream padded(long lead, String body, long trail) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    long total = lead + b.length + trail;
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= total) {
          return -1;
        }
        long i = pos++;
        return i < lead || i >= lead + b.length ? ' ' : b[(int) (i - lead)];
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int k = 0; k < n; k++) {
          buf[off + k] = (byte) read();
        }
        return n;
      }
    };
  }

  private static final String CODE = "\"310112\"";

  @Test
  void leadingAndTrailingWhitespaceCountAgainstTheLimit() {
    AnxiaoJson small = AnxiaoJson.with(true, new JsonLimits(1 << 20, 64, 64, 1 << 20, 256));
    assertEquals(JurisdictionCode.of("310112"), small.read(padded(1000, CODE, 1000), JurisdictionCode.class));
    for (long[] pad : new long[][] {{2 << 20, 0}, {0, 2 << 20}, {600_000, 600_000}}) {
      WireFormatException e = assertThrows(WireFormatException.class,
          () -> small.read(padded(pad[0], CODE, pad[1]), JurisdictionCode.class));
      assertEquals(WireFormatException.LIMIT, e.errorCode(), e::getMessage);
      assertTrue(e.getMessage().contains(Long.toString(1 << 20)), e::getMessage);
    }
    String text = " ".repeat(2 << 20) + CODE;
    WireFormatException fromText = assertThrows(WireFormatException.class, () -> small.read(text, JurisdictionCode.class));
    assertEquals(WireFormatException.LIMIT, fromText.errorCode());
    WireFormatException doc = assertThrows(WireFormatException.class, () -> small.readDocument(text, RulePack.DOCUMENT));
    assertEquals(WireFormatException.LIMIT, doc.errorCode());
    // multi-byte text: 400 k chars of 3 bytes each is 1.2 MB
    String wide = "\"" + "安".repeat(400_000) + "\"";
    assertEquals(WireFormatException.LIMIT,
        assertThrows(WireFormatException.class, () -> small.read(wide, String.class)).errorCode());
  }

  @Test
  void twoHundredMegabytesOfWhitespaceAreRefusedInBoundedMemoryWithTheDefaultLimitPassed() {
    long limit = JsonLimits.DEFAULT.maxDocumentBytes();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(padded(200L << 20, CODE, limit), RulePack.DOCUMENT));
    assertEquals(WireFormatException.LIMIT, e.errorCode(), e::getMessage);
    long grown = rt.totalMemory() - rt.freeMemory() - before;
    assertTrue(grown < 64L << 20, () -> "heap grew by " + grown + " bytes reading whitespace");
  }

  @Test
  void aFailingStreamIsAWireFormatError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("cable cut");
      }
    };
    WireFormatException in = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(failing, JurisdictionCode.class));
    assertEquals(WireFormatException.IO, in.errorCode());
    assertTrue(in.getMessage().contains("cable cut"), in::getMessage);
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    WireFormatException out = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().write(broken, JurisdictionCode.of("310112")));
    assertEquals(WireFormatException.IO, out.errorCode());
    assertEquals(JurisdictionCode.of("310112"),
        AnxiaoJson.strict().read(new ByteArrayInputStream(CODE.getBytes(StandardCharsets.UTF_8)), JurisdictionCode.class));
  }
}
