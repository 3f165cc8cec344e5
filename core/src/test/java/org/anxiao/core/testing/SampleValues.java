package org.anxiao.core.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Valid sample values per type and per parameter name, so that a bad value handed to one
 * parameter meets valid values in all the others and reaches the code behind the first check.
 *
 * <p>Sources, in order: the full and minimal instances of core's wire-format tests
 * ({@code org.anxiao.core.json.WireSamples}, every static no-argument method) and the fixtures
 * named in {@link #SOURCES} when they are on the class path; everything reachable from those
 * through record components and Immutables attributes (so a {@code Citation}, a
 * {@code Quantity}, a jurisdiction code and the string "2022.1" under the name {@code version} are
 * all known); then, for a type still unknown, its enum constants, its public static constants,
 * its public static no-argument factories and its canonical record constructor fed with samples.
 * A module's own types are covered by the last step without any edit here.
 */
final class SampleValues {
  /** Test classes whose static no-argument methods and constants give samples, if present. */
  private static final List<String> SOURCES = List.of(
      "org.anxiao.core.json.WireSamples",
      "org.anxiao.core.scorecard.ScorecardFixtures");

  private final ClassLoader loader;
  private final BoundedCall calls;
  /** Samples by the runtime class and every supertype of each. */
  private final Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
  /** JDK-typed samples (strings, numbers, dates) by the accessor or field name they were found under. */
  private final Map<String, List<Object>> byName = new LinkedHashMap<>();
  private final Set<Class<?>> derived = new HashSet<>();
  private final Set<Object> walked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  SampleValues(ClassLoader loader, BoundedCall calls) {
    this.loader = loader;
    this.calls = calls;
    for (String source : SOURCES) {
      harvest(source);
    }
  }

  /** A valid value for a parameter of {@code type} named {@code name}, if one is known. */
  Optional<Object> valid(Type type, String name) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return Optional.of(Optional.empty());
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return Optional.of(valid(BadValues.argument(type, 0), "").map(List::of).orElse(List.of()));
    }
    if (raw == Set.class) {
      return Optional.of(valid(BadValues.argument(type, 0), "").map(Set::of).orElse(Set.of()));
    }
    if (raw == Map.class) {
      Optional<Object> k = valid(BadValues.argument(type, 0), "");
      Optional<Object> v = valid(BadValues.argument(type, 1), "");
      return Optional.of(k.isPresent() && v.isPresent() ? Map.of(k.get(), v.get()) : Map.of());
    }
    if (raw.isArray()) {
      Class<?> c = raw.getComponentType();
      Object array = java.lang.reflect.Array.newInstance(c, 1);
      Optional<Object> e = valid(type instanceof GenericArrayType g ? g.getGenericComponentType() : c, name);
      if (e.isEmpty()) {
        return Optional.of(java.lang.reflect.Array.newInstance(c, 0));
      }
      java.lang.reflect.Array.set(array, 0, e.get());
      return Optional.of(array);
    }
    Class<?> boxed = box(raw);
    for (Object o : byName.getOrDefault(name, List.of())) {
      if (boxed.isInstance(o)) {
        return Optional.of(o);
      }
    }
    Optional<Object> jdk = jdkDefault(raw, name);
    if (jdk.isPresent()) {
      return jdk;
    }
    List<Object> known = byType.get(raw);
    if (known == null && derived.add(raw)) {
      derive(raw);
      known = byType.get(raw);
    }
    return known == null || known.isEmpty() ? Optional.empty() : Optional.of(known.get(0));
  }

  /** Every known sample of {@code type} (receivers for its instance methods). */
  List<Object> all(Class<?> type) {
    if (!byType.containsKey(type) && derived.add(type)) {
      derive(type);
    }
    return byType.getOrDefault(type, List.of());
  }

  private Optional<Object> jdkDefault(Class<?> raw, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (raw == String.class || raw == CharSequence.class) {
      if (n.contains("unit")) {
        return Optional.of("m2");
      }
      if (n.contains("version")) {
        return Optional.of("1.0");
      }
      if (n.contains("value") || n.contains("amount") || n.contains("yuan") || n.contains("number")) {
        return Optional.of("1");
      }
      if (n.contains("json") || n.contains("structure")) {
        return Optional.of("{}");
      }
      if (n.contains("jurisdiction")) {
        return Optional.of("310112");
      }
      return Optional.of("S-1");
    }
    Object v = switch (raw.getName()) {
      case "int", "java.lang.Integer" -> 1;
      case "long", "java.lang.Long" -> 1L;
      case "double", "java.lang.Double" -> 1.0;
      case "float", "java.lang.Float" -> 1.0f;
      case "boolean", "java.lang.Boolean" -> Boolean.TRUE;
      case "java.math.BigDecimal", "java.lang.Number" -> BigDecimal.ONE;
      case "java.time.LocalDate" -> LocalDate.of(2024, 9, 1);
      case "java.time.Instant" -> Instant.parse("2024-01-01T00:00:00Z");
      case "java.lang.ClassLoader" -> loader;
      case "java.util.Locale" -> Locale.ROOT;
      case "java.lang.Class" -> Object.class;
      case "java.lang.Module" -> SampleValues.class.getModule();
      default -> null;
    };
    if (v != null) {
      return Optional.of(v);
    }
    if (raw == InputStream.class) {
      return Optional.of(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.empty();
  }

  private void harvest(String className) {
    Class<?> c;
    try {
      c = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return;
    }
    for (Method m : ExportedApiProbe.sorted(c.getDeclaredMethods())) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
          && !m.isSynthetic()) {
        m.setAccessible(true);
        calls.quietly(() -> m.invoke(null)).ifPresent(v -> add(v, m.getName(), 0));
      }
    }
    for (Field f : sortedFields(c.getDeclaredFields())) {
      if (Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
        f.setAccessible(true);
        calls.quietly(() -> f.get(null)).ifPresent(v -> add(v, f.getName(), 0));
      }
    }
  }

  /** Records {@code value} and walks into its components, collections and optionals. */
  private void add(Object value, String name, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> add(v, name, depth + 1));
      return;
    }
    // Sets and maps of samples are ordered by their text: Set.of and Map.of iterate in an order
    // that changes from one JVM to the next, and the first sample found is the one used.
    if (value instanceof Collection<?> c) {
      c.stream().sorted(java.util.Comparator.comparing(v -> c instanceof List ? "" : String.valueOf(v)))
          .limit(4).forEach(v -> add(v, name, depth + 1));
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.entrySet().stream().sorted(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())))
          .limit(4).forEach(e -> {
        add(e.getKey(), name, depth + 1);
        add(e.getValue(), name, depth + 1);
      });
      return;
    }
    Class<?> c = value.getClass();
    if (c.getName().startsWith("java.")) {
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return;
    }
    if (!walked.add(value)) {
      return;
    }
    for (Class<?> t : supertypes(c)) {
      byType.computeIfAbsent(t, k -> new ArrayList<>()).add(value);
    }
    if (!c.getName().startsWith("org.anxiao.")) {
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        Method accessor = rc.getAccessor();
        accessor.setAccessible(true);
        calls.quietly(() -> accessor.invoke(value)).ifPresent(v -> add(v, rc.getName(), depth + 1));
      }
      return;
    }
    for (Method m : ExportedApiProbe.sorted(c.getMethods())) {
      if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass().getName().startsWith("org.anxiao.")) {
        calls.quietly(() -> m.invoke(value)).ifPresent(v -> add(v, m.getName(), depth + 1));
      }
    }
    // Immutables attributes are abstract on the public type and implemented by ImmutableX.
    for (Class<?> t = c.getSuperclass(); t != null && t.getName().startsWith("org.anxiao."); t = t.getSuperclass()) {
      for (Method m : ExportedApiProbe.sorted(t.getDeclaredMethods())) {
        if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) {
          calls.quietly(() -> m.invoke(value)).ifPresent(v -> add(v, m.getName(), depth + 1));
        }
      }
    }
  }

  /** Finds a sample of an exported type no test source gave: constants, factories, records. */
  private void derive(Class<?> type) {
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      if (constants.length > 0) {
        add(constants[0], "", 0);
      }
      return;
    }
    for (Field f : sortedFields(type.getFields())) {
      if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
        calls.quietly(() -> f.get(null)).ifPresent(v -> add(v, f.getName(), 0));
      }
    }
    if (byType.containsKey(type)) {
      return;
    }
    for (Method m : ExportedApiProbe.sorted(type.getMethods())) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && type.isAssignableFrom(m.getReturnType())) {
        calls.quietly(() -> m.invoke(null)).ifPresent(v -> add(v, m.getName(), 0));
      }
    }
    if (byType.containsKey(type)) {
      return;
    }
    List<java.lang.reflect.Executable> makers = new ArrayList<>();
    for (Method m : ExportedApiProbe.sorted(type.getMethods())) {
      if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
        makers.add(m);
      }
    }
    if (!Modifier.isAbstract(type.getModifiers())) {
      for (Constructor<?> k : ExportedApiProbe.sorted(type.getConstructors())) {
        makers.add(k);
      }
    }
    for (java.lang.reflect.Executable e : makers) {
      Object[] args = arguments(e);
      if (args == null) {
        continue;
      }
      Optional<Object> made = calls.quietly(() -> e instanceof Method m ? m.invoke(null, args)
          : ((Constructor<?>) e).newInstance(args));
      if (made.isPresent()) {
        add(made.get(), "", 0);
        return;
      }
    }
  }

  /** Valid arguments for every parameter of {@code e}, or null when one is unknown. */
  Object[] arguments(java.lang.reflect.Executable e) {
    java.lang.reflect.Parameter[] ps = e.getParameters();
    Type[] types = e.getGenericParameterTypes();
    if (types.length != ps.length) {
      types = e.getParameterTypes();
    }
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Optional<Object> v = valid(types[i], ps[i].getName());
      if (v.isEmpty()) {
        return null;
      }
      args[i] = v.get();
    }
    return args;
  }

  private static List<Field> sortedFields(Field[] fields) {
    return java.util.Arrays.stream(fields).sorted(java.util.Comparator.comparing(Field::getName)).toList();
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    return Object.class;
  }

  static Class<?> box(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return java.lang.invoke.MethodType.methodType(c).wrap().returnType();
  }

  private static Set<Class<?>> supertypes(Class<?> c) {
    Set<Class<?>> all = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
    todo.add(c);
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (t == Object.class || !all.add(t)) {
        continue;
      }
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    return all;
  }
}
