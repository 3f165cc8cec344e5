package org.anxiao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that every public entry point of a module's exported packages fails the documented way:
 * bad values (null, empty, blank, control characters, zero, negative, NaN, ±∞, extreme magnitudes
 * and scales, dates at the ends of the calendar, nulls inside collections, a collection above the
 * element bound, a failing stream, a missing file) handed to every public constructor, static
 * factory, builder setter (followed by {@code build()}) and instance method end in an
 * {@code AnxiaoException}, within {@value #TIMEOUT_SECONDS} s per call, and values outside the
 * bounds of {@code org.anxiao.core.internal.Bounds} are refused, not accepted.
 *
 * <p>Runs over the module whose classes directory the system property {@value #CLASSES_PROPERTY}
 * names; the parent pom sets it to {@code ${project.build.outputDirectory}} in the surefire
 * execution {@code exported-api-bad-values}, which scans core's test-jar for this class, so every
 * module that has core's test-jar as a test dependency runs it over its own exported packages.
 *
 * <p>Reading a failure: each entry point prints with its parameters, and below it one line per bad
 * value: {@code points = 1E+999999999: accepted (outside the bounds)} means the call returned
 * normally although the value is outside the bounds; {@code name = null: java.lang.NullPointerException: …
 * (at School.staff:120)} means an exception other than {@code AnxiaoException} escaped, thrown where
 * shown; {@code no result after 5000 ms} is a hang. A parameter whose documented domain includes such
 * a value goes in {@link AllowList}, with the reason.
 */
class ExportedApiBadValues {
  static final String CLASSES_PROPERTY = "anxiao.api.classes";
  static final int TIMEOUT_SECONDS = 5;

  @Test
  void everyPublicEntryPointFailsTheDocumentedWay() {
    String dir = System.getProperty(CLASSES_PROPERTY);
    assertTrue(dir != null && !dir.isBlank(), "system property " + CLASSES_PROPERTY + " names the classes directory");
    Path classes = Path.of(dir);
    assertTrue(Files.isRegularFile(classes.resolve("module-info.class")), classes + " holds a module-info.class");
    ModuleDescriptor descriptor = ExportedTypes.descriptor(classes);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Class<?>> types = ExportedTypes.publicTypes(classes, ExportedTypes.exportedPackages(descriptor), loader);

    initialiseSharedJdkClasses();
    BadValueReport report = new BadValueReport();
    try (BoundedCall calls = new BoundedCall(Duration.ofSeconds(TIMEOUT_SECONDS))) {
      SampleValues samples = new SampleValues(loader, calls);
      ExportedApiProbe probe = new ExportedApiProbe(samples, new BadValues(samples), calls, report);
      for (Class<?> type : types) {
        probe.probe(type);
      }
    }
    System.out.println(report.summary(descriptor.name()));
    System.out.println(report.details(Integer.MAX_VALUE));
    assertEquals(types.size(), report.types);
    assertEquals(0, report.failureCount(), () -> report.summary(descriptor.name()) + "\n" + report.details(400));
  }

  /**
   * Initialises, outside any bounded call, the JDK classes that digests and JSON writing share. A
   * call stopped on timeout while one of them is being initialised (a heavily loaded machine) would
   * leave it unusable for the rest of the JVM, and every later call would fail with
   * {@code NoClassDefFoundError} for a fault that is not the library's.
   */
  private static void initialiseSharedJdkClasses() {
    try {
      java.security.MessageDigest.getInstance("SHA-256").digest(new byte[128]);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
    org.anxiao.core.json.AnxiaoJson.strict().digest(java.util.Map.of("warm", java.util.List.of(1, "a")));
  }
}
