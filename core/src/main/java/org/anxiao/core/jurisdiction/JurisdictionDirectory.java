package org.anxiao.core.jurisdiction;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.BundledResource;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;

/**
 * A directory of administrative divisions with their parent chains.
 *
 * <p>{@link #standard()} holds the bundled table {@code gbt2260.json}: an excerpt, in the GB/T 2260
 * coding scheme, of 中华人民共和国民政部's list of administrative division codes at county level and
 * above (中华人民共和国县以上行政区划代码), 2019 edition, transcribed from public reprints
 * (verification {@code SECONDARY}): 中国, all provincial-level divisions, the 16 districts of 上海市
 * (incl. 310112 闵行区), 丽水市 331100 and its counties, and the 16 prefecture-level cities of
 * 山东省. Callers add the rest with {@link #withTable(InputStream)}. Every parent of every entry must
 * be in the directory.
 *
 * <p>Immutable and thread-safe.
 */
public final class JurisdictionDirectory {
  private final Map<JurisdictionCode, Jurisdiction> entries;

  private JurisdictionDirectory(Map<JurisdictionCode, Jurisdiction> entries) {
    for (Jurisdiction j : entries.values()) {
      j.parent().ifPresent(p -> {
        if (!entries.containsKey(p)) {
          throw new UnknownCodeException(j.code() + ".parent", p, "GB/T 2260 (not in the directory)");
        }
      });
    }
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** {@return the bundled directory; loaded on first use} */
  public static JurisdictionDirectory standard() {
    return Standard.INSTANCE;
  }

  /**
   * {@return a directory of exactly the entries of {@code table}}
   *
   * @param table the entries
   */
  public static JurisdictionDirectory of(JurisdictionTable table) {
    return new JurisdictionDirectory(merge(new LinkedHashMap<>(), Require.nonNull("table", table).entries()));
  }

  /**
   * {@return this directory plus the entries of a JSON table read from {@code json}, validated against the
   * {@code jurisdiction-table} schema (strict)}
   *
   * @param json the table, UTF-8 JSON; not closed
   */
  public JurisdictionDirectory withTable(InputStream json) {
    JurisdictionTable table = AnxiaoJson.strict().readDocument(json, JurisdictionTable.DOCUMENT);
    return withEntries(table.entries());
  }

  /**
   * {@return this directory plus {@code more}; an entry already present must be identical}
   *
   * @param more the entries to add
   */
  public JurisdictionDirectory withEntries(Collection<Jurisdiction> more) {
    return new JurisdictionDirectory(merge(new LinkedHashMap<>(entries), Bounds.size("entries", more)));
  }

  private static Map<JurisdictionCode, Jurisdiction> merge(
      Map<JurisdictionCode, Jurisdiction> into, Collection<Jurisdiction> more) {
    int i = 0;
    for (Jurisdiction j : more) {
      Require.nonNullElement("entries", i, j);
      Jurisdiction previous = into.putIfAbsent(j.code(), j);
      if (previous != null && !previous.equals(j)) {
        throw new InvalidValueException("entries[" + i + "]", j.code(),
            "conflicts with the existing entry " + previous.name().zh());
      }
      i++;
    }
    return into;
  }

  /**
   * {@return the division with {@code code}, if present}
   *
   * @param code the division's code
   */
  public Optional<Jurisdiction> find(JurisdictionCode code) {
    return Optional.ofNullable(entries.get(Require.nonNull("jurisdiction", code)));
  }

  /**
   * {@return the division with {@code code}}
   *
   * @param code the division's code
   * @throws UnknownCodeException if the directory does not hold it
   */
  public Jurisdiction require(JurisdictionCode code) {
    Jurisdiction j = entries.get(Require.nonNull("jurisdiction", code));
    if (j == null) {
      throw new UnknownCodeException("jurisdiction", code, "GB/T 2260");
    }
    return j;
  }

  /**
   * {@return {@code code} and its ancestors, narrowest first, ending with {@code CN}}
   *
   * @param code the division's code
   */
  public List<JurisdictionCode> chain(JurisdictionCode code) {
    List<JurisdictionCode> chain = new ArrayList<>(4);
    Jurisdiction j = require(code);
    chain.add(j.code());
    while (j.parent().isPresent()) {
      j = require(j.parent().get());
      chain.add(j.code());
    }
    return List.copyOf(chain);
  }

  /**
   * {@return true when {@code ancestor} is {@code code} or one of its ancestors}
   *
   * @param code     the division's code
   * @param ancestor the possible ancestor
   */
  public boolean isWithin(JurisdictionCode code, JurisdictionCode ancestor) {
    Require.nonNull("ancestor", ancestor);
    return chain(code).contains(ancestor);
  }

  /**
   * {@return the direct children of {@code code}, in directory order}
   *
   * @param code the division's code
   */
  public List<Jurisdiction> children(JurisdictionCode code) {
    require(code);
    return entries.values().stream().filter(j -> j.parent().filter(code::equals).isPresent()).toList();
  }

  /** {@return all divisions, in load order} */
  public Collection<Jurisdiction> all() {
    return entries.values();
  }

  /**
   * The bundled table is part of the jar and is checked against the {@code jurisdiction-table}
   * schema by the build's tests; at run time it is only bound (strictly), which keeps the schema
   * validator off the start-up path.
   */
  private static final class Standard {
    static final JurisdictionDirectory INSTANCE;

    static {
      try (InputStream in = BundledResource.open(JurisdictionDirectory.class, "gbt2260.json")) {
        INSTANCE = of(AnxiaoJson.strict().read(in, JurisdictionTable.class));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
