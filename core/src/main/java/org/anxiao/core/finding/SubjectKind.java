package org.anxiao.core.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Contributions.Entry;
import org.anxiao.core.internal.Lazy;
import org.anxiao.core.internal.Require;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;

/**
 * A kind of subject (检查对象类型): what a finding or assessment is about — a school, a gate, a
 * building…, or a kind another module adds, such as a meter (计量表) or a hazard (隐患).
 *
 * <p>An open vocabulary with a stable code per kind. Core's kinds are the constants below; other
 * modules add kinds through {@link AnxiaoVocabulary#subjectKinds()}, merged over core's on the first
 * {@link #of} or {@link #values()}. Core's kinds are built in rather than contributed so that the
 * constants exist without scanning the class path. A contributed code that core or another provider
 * defines with another label makes that first lookup throw
 * {@link org.anxiao.core.error.VocabularyException}.
 *
 * <p>Wire form: the code as a JSON string, e.g. {@code "SCHOOL"}; reading an unregistered code is an
 * {@link UnknownCodeException}. Two kinds are equal when their codes are. Immutable and thread-safe.
 */
public final class SubjectKind {
  /** A jurisdiction (行政区划), for roll-ups. */
  public static final SubjectKind JURISDICTION = new SubjectKind("JURISDICTION", "行政区划", "jurisdiction");
  /** A school (学校). */
  public static final SubjectKind SCHOOL = new SubjectKind("SCHOOL", "学校", "school");
  /** A campus (校区). */
  public static final SubjectKind CAMPUS = new SubjectKind("CAMPUS", "校区", "campus");
  /** A building (建筑物). */
  public static final SubjectKind BUILDING = new SubjectKind("BUILDING", "建筑物", "building");
  /** A gate or guard post (校门、门岗). */
  public static final SubjectKind GATE = new SubjectKind("GATE", "校门、门岗", "gate or guard post");
  /** A key part (重点部位). */
  public static final SubjectKind KEY_PART = new SubjectKind("KEY_PART", "重点部位", "key part");
  /** An item of a checklist (检查项目). */
  public static final SubjectKind CHECKLIST_ITEM = new SubjectKind("CHECKLIST_ITEM", "检查项目", "checklist item");
  /** Anything else the caller identifies (其他). */
  public static final SubjectKind OTHER = new SubjectKind("OTHER", "其他", "other");

  private static final List<SubjectKind> BUILT_IN = List.of(JURISDICTION, SCHOOL, CAMPUS, BUILDING, GATE, KEY_PART,
      CHECKLIST_ITEM, OTHER);
  private static final String SECTION = "subject kind";
  private static final Lazy<Map<String, SubjectKind>> TABLE = new Lazy<>(SECTION,
      () -> merge(Contributions.providers()));

  private final String code;
  private final LocalizedText label;

  private SubjectKind(String code, String zh, String en) {
    this(code, LocalizedText.of(zh, en));
  }

  private SubjectKind(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * {@return the kind with code {@code code}: one of core's or a contributed one}
   *
   * @param code the wire code
   * @throws UnknownCodeException when no kind has that code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SubjectKind of(String code) {
    Require.nonNull("kind", code);
    SubjectKind kind = TABLE.get().get(code);
    if (kind == null) {
      throw new UnknownCodeException("kind", code, SECTION);
    }
    return kind;
  }

  /** {@return every kind: core's in the order above, then the contributed ones in provider order} */
  public static List<SubjectKind> values() {
    return List.copyOf(TABLE.get().values());
  }

  /** {@return core's own kinds, the constants of this class, in order} */
  public static List<SubjectKind> builtIn() {
    return BUILT_IN;
  }

  /** {@return the stable wire code, e.g. {@code SCHOOL}} */
  @JsonValue
  public String code() {
    return code;
  }

  /** {@return the kind's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * Core's kinds merged with the contributions of {@code providers}, by code, in order.
   *
   * @throws org.anxiao.core.error.VocabularyException when a code gets two labels
   */
  static Map<String, SubjectKind> merge(List<AnxiaoVocabulary> providers) {
    Map<String, Entry<SubjectKind>> table = new LinkedHashMap<>();
    for (SubjectKind k : BUILT_IN) {
      table.put(k.code, new Entry<>(Contributions.CORE, k));
    }
    if (providers.isEmpty()) {
      return kinds(table);
    }
    for (Entry<SubjectKindContribution> e : Contributions.collect(SECTION, providers, AnxiaoVocabulary::subjectKinds)) {
      SubjectKind kind = new SubjectKind(e.value().code(), e.value().label());
      Contributions.put(SECTION, table, kind.code, new Entry<>(e.provider(), kind),
          (a, b) -> a.label.equals(b.label), k -> k.label.zh() + " / " + k.label.en());
    }
    return kinds(table);
  }

  private static Map<String, SubjectKind> kinds(Map<String, Entry<SubjectKind>> table) {
    Map<String, SubjectKind> kinds = new LinkedHashMap<>();
    for (Entry<SubjectKind> e : table.values()) {
      kinds.put(e.value().code, e.value());
    }
    return java.util.Collections.unmodifiableMap(kinds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectKind k && code.equals(k.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
