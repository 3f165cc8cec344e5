package org.anxiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;

/** The demo's bundled resources, next to these classes, each read once by the report that needs it. */
final class DemoResources {
  private DemoResources() {}

  /** Reads an open resource. */
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * {@return the resource {@code name} read by {@code reader}}
   *
   * @throws IllegalStateException when the resource is missing
   */
  static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = DemoResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + name);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the school of the bundled school document {@code name}, read strictly against its schema} */
  static School school(String name) {
    return read(name, in -> AnxiaoJson.strict().readDocument(in, SchoolDocument.DOCUMENT)).school();
  }
}
