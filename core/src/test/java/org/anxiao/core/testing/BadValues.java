package org.anxiao.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.testing.Probe.Domain;

/**
 * The bad values tried on a parameter of a given type: for leaf types a fixed list (null, empty,
 * blank, control characters, zero, negative, NaN, ±∞, extreme magnitudes and scales, dates at the
 * ends of the calendar, a failing stream, a missing file); for {@code Optional}, collections, maps
 * and arrays the container forms (null, empty, a null element, one element above the bound) and
 * the container holding each bad element. Values are shared, built once, and never formatted.
 */
final class BadValues {
  /** One above the element bound of {@code Bounds.MAX_ELEMENTS}. */
  static final int TOO_MANY = 100_001;

  private final SampleValues samples;

  BadValues(SampleValues samples) {
    this.samples = samples;
  }

  /** The probes for a parameter of {@code type}; empty for a type no value of is bad (boolean). */
  List<Probe> of(Type type) {
    List<Probe> out = new ArrayList<>();
    Class<?> raw = SampleValues.raw(type);
    if (!raw.isPrimitive()) {
      out.add(new Probe("null", null, Optional.class.equals(raw) ? Domain.ANY : Domain.NULL));
    }
    if (raw == Optional.class) {
      out.add(new Probe("Optional.empty()", Optional.empty(), Domain.ANY));
      for (Probe p : elements(type, 0)) {
        out.add(new Probe("Optional.of(" + p.label() + ")", Optional.of(p.value()), p.domain()));
      }
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class) {
      boolean set = raw == Set.class;
      out.add(new Probe("[]", set ? Set.of() : List.of(), Domain.ANY));
      Object sample = samples.valid(argument(type, 0), "").orElse(null);
      List<Object> withNull = sample == null ? Collections.singletonList(null) : Arrays.asList(sample, null);
      out.add(new Probe(sample == null ? "[null]" : "[sample, null]", set ? new HashSet<>(withNull) : withNull,
          Domain.OUT_OF_BOUNDS));
      if (sample != null && !set) {
        out.add(new Probe(TOO_MANY + " elements", Collections.nCopies(TOO_MANY, sample), Domain.TOO_MANY_ELEMENTS));
      }
      for (Probe p : elements(type, 0)) {
        if (p.value() != null) {
          out.add(new Probe("[" + p.label() + "]", set ? Set.of(p.value()) : List.of(p.value()), p.domain()));
        }
      }
    } else if (raw == Map.class) {
      out.add(new Probe("{}", Map.of(), Domain.ANY));
      Object key = samples.valid(argument(type, 0), "").orElse(null);
      Object value = samples.valid(argument(type, 1), "").orElse(null);
      if (key != null) {
        Map<Object, Object> nullValue = new HashMap<>();
        nullValue.put(key, null);
        out.add(new Probe("{sample: null}", nullValue, Domain.OUT_OF_BOUNDS));
      }
      if (value != null) {
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, value);
        out.add(new Probe("{null: sample}", nullKey, Domain.OUT_OF_BOUNDS));
        for (Probe p : elements(type, 0)) {
          if (p.value() != null) {
            out.add(new Probe("{" + p.label() + ": sample}", Map.of(p.value(), value), p.domain()));
          }
        }
      }
      if (key != null) {
        for (Probe p : elements(type, 1)) {
          if (p.value() != null) {
            out.add(new Probe("{sample: " + p.label() + "}", Map.of(key, p.value()), p.domain()));
          }
        }
      }
    } else if (raw.isArray()) {
      arrays(type, raw, out);
    } else {
      out.addAll(leaves(raw));
    }
    return out;
  }

  private void arrays(Type type, Class<?> raw, List<Probe> out) {
    Class<?> component = raw.getComponentType();
    out.add(new Probe("[]", Array.newInstance(component, 0), Domain.ANY));
    if (component == double.class) {
      out.add(new Probe("[NaN]", new double[] {Double.NaN}, Domain.OUT_OF_BOUNDS));
      out.add(new Probe("[Infinity]", new double[] {Double.POSITIVE_INFINITY}, Domain.OUT_OF_BOUNDS));
      return;
    }
    if (component.isPrimitive()) {
      return;
    }
    out.add(new Probe("[null]", Array.newInstance(component, 1), Domain.OUT_OF_BOUNDS));
    Type componentType = type instanceof GenericArrayType g ? g.getGenericComponentType() : component;
    for (Probe p : of(componentType)) {
      if (p.value() != null && p.domain() != Domain.ANY) {
        Object array = Array.newInstance(component, 1);
        Array.set(array, 0, p.value());
        out.add(new Probe("[" + p.label() + "]", array, p.domain()));
      }
    }
  }

  /** Bad non-null values of the type argument {@code index}, for use inside a container. */
  private List<Probe> elements(Type type, int index) {
    List<Probe> out = new ArrayList<>();
    for (Probe p : of(argument(type, index))) {
      if (p.value() != null && p.domain() != Domain.ANY) {
        out.add(p);
      }
    }
    return out;
  }

  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type a = p.getActualTypeArguments()[index];
      if (a instanceof WildcardType w) {
        return w.getUpperBounds()[0];
      }
      if (a instanceof TypeVariable<?> v) {
        return v.getBounds()[0];
      }
      return a;
    }
    return Object.class;
  }

  private static List<Probe> leaves(Class<?> raw) {
    if (raw == String.class || raw == CharSequence.class) {
      return STRINGS;
    }
    if (raw == int.class || raw == Integer.class) {
      return INTS;
    }
    if (raw == long.class || raw == Long.class) {
      return LONGS;
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return raw == float.class || raw == Float.class ? FLOATS : DOUBLES;
    }
    if (raw == BigDecimal.class || raw == Number.class) {
      return DECIMALS;
    }
    if (raw == BigInteger.class) {
      return List.of(new Probe("-1", BigInteger.ONE.negate(), Domain.ANY),
          new Probe("10^70", BigInteger.TEN.pow(70), Domain.OUT_OF_BOUNDS));
    }
    if (raw == LocalDate.class) {
      return DATES;
    }
    if (raw == Instant.class) {
      return INSTANTS;
    }
    if (raw == InputStream.class) {
      return List.of(new Probe("empty stream", new FreshStream(new byte[0]), Domain.ANY),
          new Probe("failing stream", new FailingStream(), Domain.ANY));
    }
    if (raw == Path.class) {
      return List.of(new Probe("missing file", Path.of(System.getProperty("java.io.tmpdir"),
          "anxiao-no-such-dir-" + ProcessHandle.current().pid(), "missing.json"), Domain.ANY),
          new Probe("a directory", Path.of(System.getProperty("java.io.tmpdir")), Domain.ANY));
    }
    if (raw == ClassLoader.class) {
      return List.of(new Probe("empty class loader", new ClassLoader(null) {}, Domain.ANY));
    }
    return List.of();
  }

  private static final List<Probe> STRINGS = List.of(
      new Probe("\"\"", "", Domain.BLANK),
      new Probe("\" \"", " ", Domain.BLANK),
      new Probe("\"a\\nb\"", "a\nb", Domain.LINE_BREAK),
      new Probe("\"\\u0000\"", "\u0000", Domain.OUT_OF_BOUNDS),
      new Probe("\"id\\u202Eevil\"", "id\u202Eevil", Domain.OUT_OF_BOUNDS),
      new Probe("\"\\uD800\" (lone surrogate)", "\uD800", Domain.OUT_OF_BOUNDS),
      new Probe("70000 chars", "x".repeat(70_000), Domain.OUT_OF_BOUNDS),
      new Probe("\"NaN\"", "NaN", Domain.ANY),
      new Probe("\"-1\"", "-1", Domain.ANY),
      new Probe("\"1E+999999999\"", "1E+999999999", Domain.ANY),
      new Probe("\"0000-01-01\"", "0000-01-01", Domain.ANY));

  private static final List<Probe> INTS = List.of(
      new Probe("0", 0, Domain.ANY),
      new Probe("-1", -1, Domain.NOT_A_COUNT),
      new Probe("Integer.MIN_VALUE", Integer.MIN_VALUE, Domain.NOT_A_COUNT),
      new Probe("Integer.MAX_VALUE", Integer.MAX_VALUE, Domain.NOT_A_COUNT));

  private static final List<Probe> LONGS = List.of(
      new Probe("0", 0L, Domain.ANY),
      new Probe("-1", -1L, Domain.NOT_A_COUNT),
      new Probe("Long.MIN_VALUE", Long.MIN_VALUE, Domain.NOT_A_COUNT),
      new Probe("Long.MAX_VALUE", Long.MAX_VALUE, Domain.NOT_A_COUNT));

  private static final List<Probe> DOUBLES = List.of(
      new Probe("0.0", 0.0, Domain.ANY),
      new Probe("-0.0", -0.0, Domain.ANY),
      new Probe("-1.0", -1.0, Domain.ANY),
      new Probe("NaN", Double.NaN, Domain.OUT_OF_BOUNDS),
      new Probe("+Infinity", Double.POSITIVE_INFINITY, Domain.OUT_OF_BOUNDS),
      new Probe("-Infinity", Double.NEGATIVE_INFINITY, Domain.OUT_OF_BOUNDS),
      new Probe("1e300", 1e300, Domain.OUT_OF_BOUNDS),
      new Probe("Double.MIN_VALUE", Double.MIN_VALUE, Domain.ANY));

  private static final List<Probe> FLOATS = List.of(
      new Probe("NaN", Float.NaN, Domain.OUT_OF_BOUNDS),
      new Probe("+Infinity", Float.POSITIVE_INFINITY, Domain.OUT_OF_BOUNDS));

  private static final List<Probe> DECIMALS = List.of(
      new Probe("0", BigDecimal.ZERO, Domain.ANY),
      new Probe("-1", BigDecimal.ONE.negate(), Domain.ANY),
      new Probe("1E+999999999", new BigDecimal("1E+999999999"), Domain.OUT_OF_BOUNDS),
      new Probe("1E-999999999", new BigDecimal("1E-999999999"), Domain.OUT_OF_BOUNDS),
      new Probe("-1E+999999999", new BigDecimal("-1E+999999999"), Domain.OUT_OF_BOUNDS),
      new Probe("60-digit integer", new BigDecimal("9".repeat(60) + "0".repeat(5)), Domain.OUT_OF_BOUNDS),
      new Probe("0.(40 digits)", new BigDecimal("0." + "1".repeat(40)), Domain.OUT_OF_BOUNDS));

  private static final List<Probe> DATES = List.of(
      new Probe("LocalDate.MIN", LocalDate.MIN, Domain.OUT_OF_BOUNDS),
      new Probe("LocalDate.MAX", LocalDate.MAX, Domain.OUT_OF_BOUNDS),
      new Probe("0000-01-01", LocalDate.of(0, 1, 1), Domain.OUT_OF_BOUNDS),
      new Probe("1799-12-31", LocalDate.of(1799, 12, 31), Domain.OUT_OF_BOUNDS));

  private static final List<Probe> INSTANTS = List.of(
      new Probe("Instant.MIN", Instant.MIN, Domain.OUT_OF_BOUNDS),
      new Probe("Instant.MAX", Instant.MAX, Domain.OUT_OF_BOUNDS),
      new Probe("Instant.EPOCH", Instant.EPOCH, Domain.ANY));

  /** A byte stream that can be read again: each read path sees the same bytes from the start. */
  static final class FreshStream extends ByteArrayInputStream {
    FreshStream(byte[] bytes) {
      super(bytes);
    }
  }

  /** A stream whose every read fails, as a broken disk or socket does. */
  static final class FailingStream extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("read failed (test stream)");
    }
  }
}
