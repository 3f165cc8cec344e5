package org.anxiao.core.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A weighted checklist (检查评分表) with sections, items, veto items (一票否决) and grade bands — the
 * shape of the Shandong safe-campus evaluation standard, the Minhang 排查表, 六T inspections and
 * green-school criteria. Checklists are data: ship them in a rule pack as a {@code structure}
 * parameter and bind with {@link Scorecards#checklist}.
 *
 * <p>Invariants: section ids and item ids unique; grade codes unique, band minima strictly
 * increasing from exactly zero and not above {@link #effectiveMaxScore()}; {@link #vetoGrade()}
 * names a grade. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableChecklist.class)
@JsonDeserialize(as = ImmutableChecklist.class)
public abstract class Checklist {
  /** The document type. */
  public static final DocumentType<Checklist> DOCUMENT = DocumentType.of("checklist", Checklist.class);

  Checklist() {}

  /** Wire-format version. */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** Stable id. */
  public abstract String id();

  /** Title. */
  public abstract LocalizedText title();

  /** The scale of the total (e.g. 100); when absent, the sum of the sections' points. */
  public abstract Optional<BigDecimal> maxScore();

  /** Sections, in order. */
  public abstract List<ChecklistSection> sections();

  /** Grade bands; any order on input, kept sorted by {@code minScore}. */
  public abstract List<GradeBand> grades();

  /**
   * The grade a triggered veto item gives, unless the score alone earns a lower one; when absent,
   * the lowest grade.
   */
  public abstract Optional<String> vetoGrade();

  /** The pack the checklist came from, if any. */
  public abstract Optional<PackRef> pack();

  /** The source document, if any. */
  public abstract Optional<Citation> source();

  /** The verification of the source, if any. */
  public abstract Optional<Verification> verification();

  /** The scale of the total. */
  public BigDecimal effectiveMaxScore() {
    return maxScore().orElseGet(() -> sections().stream().map(ChecklistSection::effectiveMaxScore)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** Grade bands sorted by minimum score, lowest first. */
  public List<GradeBand> sortedGrades() {
    return grades().stream().sorted(Comparator.comparing(GradeBand::minScore)).toList();
  }

  /** The item with {@code id}, if any. */
  public Optional<ChecklistItem> item(String itemId) {
    return sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.id().equals(itemId)).findFirst();
  }

  @Value.Check
  void check() {
    Bounds.code("id", id());
    Bounds.schemaVersion("schemaVersion", schemaVersion());
    Bounds.size("sections", sections());
    Bounds.size("grades", grades());
    Require.nonEmpty("sections", sections());
    maxScore().ifPresent(m -> Bounds.positive("maxScore", m));
    vetoGrade().ifPresent(v -> Bounds.code("vetoGrade", v));
    Set<String> sectionIds = new HashSet<>();
    Set<String> itemIds = new HashSet<>();
    for (int s = 0; s < sections().size(); s++) {
      ChecklistSection section = sections().get(s);
      Require.thatElement(sectionIds.add(section.id()), "sections", s, ".id", section.id(), "section ids must be unique");
      for (int i = 0; i < section.items().size(); i++) {
        String id = section.items().get(i).id();
        if (!itemIds.add(id)) {
          Require.thatElement(false, "sections[" + s + "].items", i, ".id", id, "item ids must be unique");
        }
      }
    }
    Require.nonEmpty("grades", grades());
    List<GradeBand> sorted = sortedGrades();
    Require.that(sorted.get(0).minScore().signum() == 0, "grades", sorted.get(0).code(),
        "the lowest grade must start at 0 so that every score has a grade");
    Set<String> codes = new HashSet<>();
    for (int g = 0; g < sorted.size(); g++) {
      GradeBand band = sorted.get(g);
      Require.that(codes.add(band.code()), "grades", band.code(), "grade codes must be unique");
      Require.that(g == 0 || band.minScore().compareTo(sorted.get(g - 1).minScore()) > 0, "grades", band.code(),
          "grade minima must differ");
      Require.that(band.minScore().compareTo(effectiveMaxScore()) <= 0, "grades", band.code(),
          "minimum above the checklist's maximum {}", effectiveMaxScore().toPlainString());
    }
    vetoGrade().ifPresent(v -> Require.that(codes.contains(v), "vetoGrade", v, "must name a grade"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}; not thread-safe. */
  public static final class Builder extends ImmutableChecklist.Builder {
    Builder() {}
  }
}
