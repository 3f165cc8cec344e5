package org.anxiao.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of one module as its compiled descriptor states it: the packages that
 * {@code module-info.class} exports to everyone (qualified exports such as {@code internal to …}
 * are not public API) and, in them, every public top-level or public nested type whose enclosing
 * types are public too. Read from a classes directory, so it needs no working directory and no
 * module path; the classes are loaded by the caller's class loader.
 */
public final class ExportedTypes {
  private ExportedTypes() {}

  /** The module's descriptor, read from {@code classesDir/module-info.class}. */
  public static ModuleDescriptor descriptor(Path classesDir) {
    Path info = classesDir.resolve("module-info.class");
    try (InputStream in = Files.newInputStream(info)) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + info, e);
    }
  }

  /** The packages exported without qualification, sorted. */
  public static List<String> exportedPackages(ModuleDescriptor descriptor) {
    TreeSet<String> packages = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      if (!e.isQualified()) {
        packages.add(e.source());
      }
    }
    return List.copyOf(packages);
  }

  /** Every public type of {@code packages} compiled into {@code classesDir}, sorted by name. */
  public static List<Class<?>> publicTypes(Path classesDir, List<String> packages, ClassLoader loader) {
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = classesDir.resolve(pkg.replace('.', '/'));
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
      for (Path f : files) {
        String simple = f.getFileName().toString().replaceFirst("\\.class$", "");
        if (simple.equals("package-info")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(pkg + "." + simple, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + pkg + "." + simple, e);
        }
        if (isPublicApi(c)) {
          types.add(c);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return List.copyOf(types);
  }

  private static boolean isPublicApi(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
