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

  /** {@return wire-format version} */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** {@return stable id} */
  public abstract String id();

  /** {@return the title} */
  public abstract LocalizedText title();

  /** {@return the scale of the total (e.g. 100); when absent, the sum of the sections' points} */
  public abstract Optional<BigDecimal> maxScore();

  /** {@return sections, in order} */
  public abstract List<ChecklistSection> sections();

  /** {@return grade bands; any order on input, kept sorted by {@code minScore}} */
  public abstract List<GradeBand> grades();

  /**
   * {@return the grade a triggered veto item gives, unless the score alone earns a lower one; when absent,
   * the lowest grade}
   */
  public abstract Optional<String> vetoGrade();

  /** {@return the pack the checklist came from, if any} */
  public abstract Optional<PackRef> pack();

  /** {@return the source document, if any} */
  public abstract Optional<Citation> source();

  /** {@return the verification of the source, if any} */
  public abstract Optional<Verification> verification();

  /** {@return the scale of the total} */
  public BigDecimal effectiveMaxScore() {
    return maxScore().orElseGet(() -> sections().stream().map(ChecklistSection::effectiveMaxScore)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** {@return grade bands sorted by minimum score, lowest first} */
  public List<GradeBand> sortedGrades() {
    return grades().stream().sorted(Comparator.comparing(GradeBand::minScore)).toList();
  }

  /**
   * {@return the item with id {@code itemId}, if any}
   *
   * @param itemId the item's id
   */
  public Optional<ChecklistItem> item(String itemId) {
    Bounds.code("itemId", itemId);
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}; not thread-safe. */

  /**
   * Builds a {@link Checklist}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableChecklist.Builder delegate = ImmutableChecklist.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Checklist instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Checklist#schemaVersion() schemaVersion}.
     *
     * @param schemaVersion the value
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      delegate.schemaVersion(schemaVersion);
      return this;
    }

    /**
     * Sets {@link Checklist#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link Checklist#title() title}.
     *
     * @param title the value
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      delegate.title(title);
      return this;
    }

    /**
     * Sets {@link Checklist#maxScore() maxScore}.
     *
     * @param maxScore the value
     * @return this builder
     */
    public Builder maxScore(BigDecimal maxScore) {
      delegate.maxScore(maxScore);
      return this;
    }

    /**
     * Sets {@link Checklist#maxScore() maxScore}.
     *
     * @param maxScore the value
     * @return this builder
     */
    public Builder maxScore(Optional<? extends BigDecimal> maxScore) {
      Require.nonNull("maxScore", maxScore);
      delegate.maxScore(maxScore);
      return this;
    }

    /**
     * Adds elements to {@link Checklist#sections() sections}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addSections(ChecklistSection element) {
      delegate.addSections(element);
      return this;
    }

    /**
     * Adds elements to {@link Checklist#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addSections(ChecklistSection... elements) {
      delegate.addSections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Sets {@link Checklist#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder sections(Iterable<? extends ChecklistSection> elements) {
      delegate.sections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Adds elements to {@link Checklist#sections() sections}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllSections(Iterable<? extends ChecklistSection> elements) {
      delegate.addAllSections(Require.noNullIn("sections", elements));
      return this;
    }

    /**
     * Adds elements to {@link Checklist#grades() grades}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addGrades(GradeBand element) {
      delegate.addGrades(element);
      return this;
    }

    /**
     * Adds elements to {@link Checklist#grades() grades}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addGrades(GradeBand... elements) {
      delegate.addGrades(Require.noNullIn("grades", elements));
      return this;
    }

    /**
     * Sets {@link Checklist#grades() grades}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder grades(Iterable<? extends GradeBand> elements) {
      delegate.grades(Require.noNullIn("grades", elements));
      return this;
    }

    /**
     * Adds elements to {@link Checklist#grades() grades}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllGrades(Iterable<? extends GradeBand> elements) {
      delegate.addAllGrades(Require.noNullIn("grades", elements));
      return this;
    }

    /**
     * Sets {@link Checklist#vetoGrade() vetoGrade}.
     *
     * @param vetoGrade the value
     * @return this builder
     */
    public Builder vetoGrade(String vetoGrade) {
      delegate.vetoGrade(vetoGrade);
      return this;
    }

    /**
     * Sets {@link Checklist#vetoGrade() vetoGrade}.
     *
     * @param vetoGrade the value
     * @return this builder
     */
    public Builder vetoGrade(Optional<String> vetoGrade) {
      Require.nonNull("vetoGrade", vetoGrade);
      delegate.vetoGrade(vetoGrade);
      return this;
    }

    /**
     * Sets {@link Checklist#pack() pack}.
     *
     * @param pack the value
     * @return this builder
     */
    public Builder pack(PackRef pack) {
      delegate.pack(pack);
      return this;
    }

    /**
     * Sets {@link Checklist#pack() pack}.
     *
     * @param pack the value
     * @return this builder
     */
    public Builder pack(Optional<? extends PackRef> pack) {
      Require.nonNull("pack", pack);
      delegate.pack(pack);
      return this;
    }

    /**
     * Sets {@link Checklist#source() source}.
     *
     * @param source the value
     * @return this builder
     */
    public Builder source(Citation source) {
      delegate.source(source);
      return this;
    }

    /**
     * Sets {@link Checklist#source() source}.
     *
     * @param source the value
     * @return this builder
     */
    public Builder source(Optional<? extends Citation> source) {
      Require.nonNull("source", source);
      delegate.source(source);
      return this;
    }

    /**
     * Sets {@link Checklist#verification() verification}.
     *
     * @param verification the value
     * @return this builder
     */
    public Builder verification(Verification verification) {
      delegate.verification(verification);
      return this;
    }

    /**
     * Sets {@link Checklist#verification() verification}.
     *
     * @param verification the value
     * @return this builder
     */
    public Builder verification(Optional<? extends Verification> verification) {
      Require.nonNull("verification", verification);
      delegate.verification(verification);
      return this;
    }

    /**
     * A new {@link Checklist} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public Checklist build() {
      return delegate.build();
    }
  }
}
