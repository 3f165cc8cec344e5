package org.anxiao.core.internal;

import java.io.InputStream;

/**
 * Opens a resource shipped inside an Anxiao jar (reference tables, schemas). A missing bundled
 * resource is a packaging bug, reported as {@link IllegalStateException}.
 */
public final class BundledResource {
  private BundledResource() {}

  /** Opens {@code name} relative to {@code anchor}'s package (or absolute if it starts with /). */
  public static InputStream open(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + name + " next to " + anchor.getName());
    }
    return in;
  }
}
