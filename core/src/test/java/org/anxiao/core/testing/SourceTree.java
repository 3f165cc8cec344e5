package org.anxiao.core.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where the project's source tree is, for tests that read files outside their module's class path
 * (the conformance vectors, every module's schemas). Found from the system property
 * {@value #CONFORMANCE_PROPERTY}, which the core module's build sets to the {@code conformance}
 * folder; without it, from where core's test classes were compiled
 * ({@code <root>/core/target/test-classes}), so that a test runner that ignores the build's test
 * configuration finds it too. Never from the working directory.
 */
public final class SourceTree {
  /** The system property naming the {@code conformance} folder. */
  public static final String CONFORMANCE_PROPERTY = "anxiao.conformance.dir";

  private SourceTree() {}

  /** The {@code conformance} folder. */
  public static Path conformance() {
    String property = System.getProperty(CONFORMANCE_PROPERTY);
    if (property != null && !property.isBlank()) {
      Path path = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isDirectory(path)) {
        throw new IllegalStateException("system property " + CONFORMANCE_PROPERTY + " names no folder: " + path);
      }
      return path;
    }
    Path path = besideClasses();
    if (path == null || !Files.isDirectory(path)) {
      throw new IllegalStateException("no conformance folder: set the system property " + CONFORMANCE_PROPERTY
          + " to it (the core module's pom does, for Maven runs); looked beside the test classes at " + path);
    }
    return path;
  }

  /** The root of the source tree: the folder that holds {@code conformance} and the modules. */
  public static Path root() {
    return conformance().getParent();
  }

  private static Path besideClasses() {
    CodeSource source = SourceTree.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      Path classes = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      Path module = classes.getParent() == null ? null : classes.getParent().getParent();
      return module == null || module.getParent() == null ? null : module.getParent().resolve("conformance");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
