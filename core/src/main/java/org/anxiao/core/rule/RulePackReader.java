package org.anxiao.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;

/**
 * Reads rule packs: from a caller's stream or file, or from the class path. Every pack is
 * validated against the published {@code rule-pack} JSON Schema and the model's invariants; a
 * failure is a {@link RulePackException#INVALID} whose field names the source and the JSON pointer
 * ({@code my-pack.json#/parameters/guardsPerGate/value}) and whose cause is the
 * {@link WireFormatException}. Stateless and thread-safe.
 */
public final class RulePackReader {
  private RulePackReader() {}

  /**
   * Reads one pack from {@code json} (not closed).
   *
   * @param json       the pack, UTF-8 JSON
   * @param sourceName a name for messages, e.g. the file name
   * @return the pack
   */
  public static RulePack read(InputStream json, String sourceName) {
    Require.nonNull("json", json);
    Bounds.nonBlankText("sourceName", sourceName);
    try {
      return AnxiaoJson.strict().readDocument(json, RulePack.DOCUMENT);
    } catch (WireFormatException e) {
      throw new RulePackException(RulePackException.INVALID, sourceName + "#" + e.pointer(),
          e.value().orElse(null), e.rule(), e);
    }
  }

  /**
   * Reads one pack from a file.
   *
   * @param file the pack's JSON file
   * @return the pack
   */
  public static RulePack read(Path file) {
    Require.nonNull("file", file);
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new RulePackException(RulePackException.NOT_FOUND, "file", file.toString(), "no such file");
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw new RulePackException(RulePackException.INVALID, "file", file.toString(),
          "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  /**
   * Reads a pack shipped in a jar and listed in its {@link PackIndex}, without the run-time JSON
   * Schema pass: shipped packs are checked against the schema by their module's build (start-up
   * time counts), and are still bound by the strict reader (unknown properties, types, invariants)
   * and then against their rule kind by the registry.
   */
  static RulePack readBundled(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RulePackException(RulePackException.NOT_FOUND, "resource", resource, "no such class-path resource");
      }
      RulePack pack = AnxiaoJson.strict().read(in, RulePack.class);
      requireMajorVersion(resource, pack.schemaVersion());
      return pack;
    } catch (WireFormatException e) {
      throw new RulePackException(RulePackException.INVALID, resource + "#" + e.pointer(),
          e.value().orElse(null), e.rule(), e);
    } catch (IOException e) {
      throw new RulePackException(RulePackException.INVALID, "resource", resource, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Refuses a document of another wire-format major version than the library's. */
  static void requireMajorVersion(String source, String version) {
    String major = org.anxiao.core.json.DocumentType.CURRENT_VERSION.split("\\.")[0];
    if (!version.equals(major) && !version.startsWith(major + ".")) {
      throw new RulePackException(RulePackException.INVALID, source + "#/schemaVersion", version,
          "must be " + major + ".x");
    }
  }

  /**
   * Reads one pack from a class-path resource of {@code loader}.
   *
   * @param loader   the class loader to ask
   * @param resource the resource path
   * @return the pack
   */
  public static RulePack readResource(ClassLoader loader, String resource) {
    Require.nonNull("loader", loader);
    Bounds.code("resource", resource);
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RulePackException(RulePackException.NOT_FOUND, "resource", resource, "no such class-path resource");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new RulePackException(RulePackException.INVALID, "resource", resource, "cannot be read: " + e.getMessage(), e);
    }
  }
}
