package org.anxiao.core.json;

import java.io.InputStream;

/**
 * An input stream that generates its bytes: a prefix, a unit repeated {@code times} times, a
 * suffix. Hundreds of megabytes of leading whitespace or a million-element array cost the test
 * a few bytes of memory; only the reader under test may allocate more.
 */
final class GeneratedStream extends InputStream {
  private final byte[][] parts;
  private final long[] repeats;
  private int part;
  private long done;
  private int offset;

  private GeneratedStream(byte[][] parts, long[] repeats) {
    this.parts = parts;
    this.repeats = repeats;
  }

  /** {@code prefix}, then {@code unit} {@code times} times, then {@code suffix}. */
  static GeneratedStream of(byte[] prefix, byte[] unit, long times, byte[] suffix) {
    return new GeneratedStream(new byte[][] {prefix, unit, suffix}, new long[] {1, times, 1});
  }

  /** {@code prefix}, {@code open} times {@code times}, {@code middle}, {@code close} times {@code times}, {@code suffix}. */
  static GeneratedStream nested(byte[] prefix, byte[] open, long times, byte[] middle, byte[] close, byte[] suffix) {
    return new GeneratedStream(new byte[][] {prefix, open, middle, close, suffix}, new long[] {1, times, 1, times, 1});
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int written = 0;
    while (written < len && part < parts.length) {
      byte[] unit = parts[part];
      if (done >= repeats[part] || unit.length == 0) {
        part++;
        done = 0;
        offset = 0;
        continue;
      }
      int n = Math.min(len - written, unit.length - offset);
      System.arraycopy(unit, offset, b, off + written, n);
      written += n;
      offset += n;
      if (offset == unit.length) {
        offset = 0;
        done++;
      }
    }
    return written == 0 ? -1 : written;
  }
}
