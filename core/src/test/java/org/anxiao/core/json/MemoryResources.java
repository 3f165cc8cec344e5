package org.anxiao.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A class loader that serves a few resources from memory (and nothing else, not even the JDK's
 * resources): how a jar with a pack index and packs looks to {@code RulePackRegistry.Builder.addClassPath}.
 * Each open of a resource gets a fresh stream from its supplier.
 */
final class MemoryResources extends ClassLoader {
  private final Map<String, Supplier<InputStream>> resources;

  MemoryResources(Map<String, Supplier<InputStream>> resources) {
    super(null);
    this.resources = Map.copyOf(resources);
  }

  @Override
  protected URL findResource(String name) {
    Supplier<InputStream> bytes = resources.get(name);
    if (bytes == null) {
      return null;
    }
    try {
      return new URL("anxiao-memory", null, -1, "/" + name, new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL u) {
          return new URLConnection(u) {
            @Override
            public void connect() {}

            @Override
            public InputStream getInputStream() throws IOException {
              return bytes.get();
            }
          };
        }
      });
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
  }
}
