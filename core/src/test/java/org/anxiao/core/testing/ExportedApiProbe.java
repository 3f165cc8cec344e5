package org.anxiao.core.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.testing.BoundedCall.Result;
import org.anxiao.core.testing.Probe.Domain;

/**
 * Hands bad values to every public constructor, static method, builder setter (then
 * {@code build()}) and instance method of one public type, one parameter at a time, the other
 * parameters holding valid samples, and records each outcome in a {@link BadValueReport}.
 *
 * <p>An outcome is a failure when the call throws anything but an {@link AnxiaoException} (an
 * enum's own {@code valueOf} aside), does not return within the timeout, runs out of memory, or
 * returns normally although the value lies outside the parameter's domain (see {@link Domain};
 * {@link AllowList} names the parameters whose documented domain is wider).
 *
 * <p>Not probed: exception types (they carry a failure, their fields are documented as optional);
 * {@code equals} (takes any object) and {@code compareTo} (Java's {@code Comparable} contract
 * specifies {@code NullPointerException}); methods without parameters.
 */
final class ExportedApiProbe {
  /** A call slower than this fails: a bad value is refused at once, never formatted or looped over. */
  static final long SLOW_MILLIS = 2_000;

  private final SampleValues samples;
  private final BadValues bad;
  private final BoundedCall calls;
  private final BadValueReport report;
  private long started;
  private long lastMillis;

  ExportedApiProbe(SampleValues samples, BadValues bad, BoundedCall calls, BadValueReport report) {
    this.samples = samples;
    this.bad = bad;
    this.calls = calls;
    this.report = report;
  }

  void probe(Class<?> type) {
    report.types++;
    if (Throwable.class.isAssignableFrom(type)) {
      report.skip(type.getSimpleName() + " (an exception type)");
      return;
    }
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      for (Constructor<?> k : sorted(type.getConstructors())) {
        probe(type, k, null);
      }
    }
    for (Method m : sorted(type.getDeclaredMethods())) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && m.getParameterCount() > 0) {
        probe(type, m, null);
      }
    }
    Optional<Method> build = buildMethod(type);
    for (Method m : sorted(type.getMethods())) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() == 0 || skipped(m)) {
        continue;
      }
      if (build.isPresent()) {
        probe(type, m, build.get());
      } else {
        probe(type, m, null);
      }
    }
  }

  /** Reflection returns members in no fixed order; runs must be repeatable. */
  static <E extends Executable> List<E> sorted(E[] members) {
    return Arrays.stream(members).sorted(java.util.Comparator.comparing(Executable::toGenericString)).toList();
  }

  private static boolean skipped(Method m) {
    String owner = m.getDeclaringClass().getName();
    return m.isSynthetic() && !m.isBridge() || owner.startsWith("java.") || m.getName().equals("equals")
        || m.getName().equals("compareTo");
  }

  /** The {@code build()} of a builder type, when {@code type} is one and a fresh one can be had. */
  private Optional<Method> buildMethod(Class<?> type) {
    try {
      Method build = type.getMethod("build");
      return freshReceiver(type, build).isPresent() ? Optional.of(build) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /**
   * The receiver of an instance call: for a builder, a new one from the static no-argument method
   * that makes it, filled from a sample of what it builds when it has {@code from}; otherwise a sample.
   */
  private Optional<Object> freshReceiver(Class<?> type, Method build) {
    if (build == null) {
      List<Object> all = samples.all(type);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
    Class<?> outer = type.getEnclosingClass();
    for (Class<?> owner : outer == null ? List.<Class<?>>of(type) : List.of(outer, type)) {
      for (Method m : sorted(owner.getMethods())) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == type) {
          Optional<Object> builder = calls.quietly(() -> m.invoke(null));
          if (builder.isPresent()) {
            prefill(builder.get(), type, build.getReturnType());
            return builder;
          }
        }
      }
    }
    return Optional.empty();
  }

  private void prefill(Object builder, Class<?> type, Class<?> built) {
    for (Method from : sorted(type.getMethods())) {
      if (from.getName().equals("from") && from.getParameterCount() == 1
          && from.getParameterTypes()[0].isAssignableFrom(built)) {
        for (Object sample : samples.all(built)) {
          from.setAccessible(true);
          calls.quietly(() -> from.invoke(builder, sample));
          return;
        }
      }
    }
  }

  /** One entry point: its sample call, then each bad value of each parameter. */
  private void probe(Class<?> type, Executable e, Method build) {
    report.entryPoints++;
    String name = entryName(type, e);
    Parameter[] ps = e.getParameters();
    Type[] types = e.getGenericParameterTypes().length == ps.length ? e.getGenericParameterTypes() : e.getParameterTypes();
    boolean enumValueOf = type.isEnum() && e.getName().equals("valueOf") && ps.length == 1;
    if (!e.trySetAccessible()) {
      report.skip(name + " (not accessible)");
      return;
    }
    Result base = call(type, e, build, baseArguments(ps, types));
    if (base == null) {
      report.skip(name + " (no receiver)");
      return;
    }
    if (base instanceof Result.Returned) {
      report.baseAccepted++;
    }
    judge(name, type, e, "sample arguments", new Probe("samples", null, Domain.ANY), base, enumValueOf);
    for (int i = 0; i < ps.length; i++) {
      for (Probe p : bad.of(types[i])) {
        Object[] args = baseArguments(ps, types);
        args[i] = p.value();
        if (p.value() == null && ps[i].getType().isPrimitive()) {
          continue;
        }
        Result r = call(type, e, build, args);
        judge(name, type, e, ps[i].getName() + " = " + p.label(), p, r, enumValueOf);
        if (r instanceof Result.Returned && p.domain() != Domain.ANY
            && !AllowList.allows(type, memberName(e), ps[i].getName(), p.domain())) {
          report.fail(name, ps[i].getName() + " = " + p.label() + ": accepted (" + describe(p.domain()) + ")");
        }
      }
    }
  }

  private Object[] baseArguments(Parameter[] ps, Type[] types) {
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Optional<Object> v = samples.valid(types[i], ps[i].getName());
      if (v.isPresent()) {
        args[i] = v.get();
      } else if (ps[i].getType().isPrimitive()) {
        args[i] = samples.valid(ps[i].getType(), "").orElse(null);
      }
    }
    return args;
  }

  /** Runs one call; null when an instance call has no receiver. */
  private Result call(Class<?> type, Executable e, Method build, Object[] args) {
    started = System.nanoTime();
    if (e instanceof Constructor<?> k) {
      return count(calls.run(() -> k.newInstance(args)));
    }
    Method m = (Method) e;
    if (Modifier.isStatic(m.getModifiers())) {
      return count(calls.run(() -> m.invoke(null, args)));
    }
    Optional<Object> receiver = freshReceiver(type, build);
    if (receiver.isEmpty()) {
      return null;
    }
    Object target = receiver.get();
    return count(calls.run(() -> {
      Object out = m.invoke(target, args);
      if (build != null) {
        build.setAccessible(true);
        return build.invoke(target);
      }
      return out;
    }));
  }

  private Result count(Result r) {
    report.calls++;
    lastMillis = (System.nanoTime() - started) / 1_000_000;
    if (r instanceof Result.Threw t && t.thrown() instanceof AnxiaoException) {
      report.anxiaoExceptions++;
    } else if (r instanceof Result.Returned) {
      report.accepted++;
    }
    return r;
  }

  private void judge(String name, Class<?> type, Executable e, String what, Probe p, Result r, boolean enumValueOf) {
    if (r instanceof Result.TimedOut t) {
      report.fail(name, what + ": no result after " + t.after().toMillis() + " ms");
      return;
    }
    if (lastMillis > SLOW_MILLIS) {
      report.fail(name, what + ": took " + lastMillis + " ms (bound " + SLOW_MILLIS + " ms)");
    }
    if (r instanceof Result.TimedOut) {
      return;
    } else if (r instanceof Result.Threw t && !(t.thrown() instanceof AnxiaoException)) {
      Throwable x = t.thrown();
      if (enumValueOf && (x instanceof IllegalArgumentException || x instanceof NullPointerException)) {
        report.enumValueOf++;
        return;
      }
      report.fail(name, what + ": " + x.getClass().getName() + ": " + firstLine(x.getMessage()) + where(x));
    }
  }

  private static String where(Throwable x) {
    for (StackTraceElement s : x.getStackTrace()) {
      if (s.getClassName().startsWith("org.anxiao.")) {
        return " (at " + s.getClassName().substring(s.getClassName().lastIndexOf('.') + 1) + "." + s.getMethodName()
            + ":" + s.getLineNumber() + ")";
      }
    }
    return "";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "null";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  private static String describe(Domain d) {
    return switch (d) {
      case NULL -> "null for a required parameter";
      case BLANK -> "blank";
      case LINE_BREAK -> "a line break in a code";
      case NOT_A_COUNT -> "not a count";
      case OUT_OF_BOUNDS -> "outside the bounds";
      case TOO_MANY_ELEMENTS -> "above the element bound";
      case ANY -> "";
    };
  }

  private static String memberName(Executable e) {
    return e instanceof Constructor<?> ? "new" : e.getName();
  }

  private static String entryName(Class<?> type, Executable e) {
    String params = Arrays.stream(e.getParameters())
        .map(p -> p.getType().getSimpleName() + " " + p.getName())
        .collect(Collectors.joining(", "));
    return type.getName() + "." + memberName(e) + "(" + params + ")";
  }
}
