package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.junit.jupiter.api.Test;

/** Writing to a stream: the compact JSON of {@link AnxiaoJson#write(Object)}, UTF-8, stream left open. */
class StreamWriteTest {
  @Test
  void aStreamReceivesTheCompactTextAsUtf8AndStaysOpen() {
    Subject school = Subject.of(SubjectKind.SCHOOL, "第一中学");
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the stream was closed");
      }
    };
    AnxiaoJson.strict().write(out, school);
    AnxiaoJson.strict().write(out, school);
    String once = AnxiaoJson.strict().write(school);
    assertEquals("{\"kind\":\"SCHOOL\",\"id\":\"第一中学\"}", once);
    assertEquals(once + once, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFailingStreamIsAnIoError() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().write(broken, Subject.of(SubjectKind.SCHOOL, "S1")));
    assertEquals(WireFormatException.IO, e.errorCode());
    assertEquals("cannot be read or written: disk full", e.rule());
    assertThrows(MissingValueException.class, () -> AnxiaoJson.strict().write(null, "x"));
    assertThrows(MissingValueException.class, () -> AnxiaoJson.strict().write(new ByteArrayOutputStream(), null));
  }
}
