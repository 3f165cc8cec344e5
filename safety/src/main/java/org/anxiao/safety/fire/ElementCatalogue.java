package org.anxiao.safety.fire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One edition's catalogue of major-fire-hazard elements (重大火灾隐患判定要素目录): its direct elements
 * (直接判定要素) and its composite elements (综合判定要素) grouped in sections. Bound from the
 * {@code catalogue} structure of a pack of kind {@code anxiao.safety.major-fire-hazard}.
 *
 * <p>Invariants: element ids unique; every direct element lies in {@code directChapter}; every
 * composite element lies in {@code compositeChapter} and in one of {@code sections}; section ids
 * unique and within {@code compositeChapter}. {@code complete} is false when the pack could not
 * establish the whole catalogue: a determination then says that NOT_MAJOR is no clearance.
 * Immutable and thread-safe.
 *
 * @param edition          the standard and edition, e.g. {@code GB 35181-2017}
 * @param directChapter    the chapter of the direct elements ({@code 6} in 2017, {@code 5} in 2025)
 * @param compositeChapter the chapter of the composite elements ({@code 7} in 2017, {@code 6} in 2025)
 * @param sections         the composite elements' sections, in clause order
 * @param elements         the elements, in clause order
 * @param complete         true when every element of the edition is listed
 */
public record ElementCatalogue(String edition, String directChapter, String compositeChapter,
    List<ElementSection> sections, List<HazardElement> elements, boolean complete) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param edition          the standard and edition
   * @param directChapter    the chapter of the direct elements
   * @param compositeChapter the chapter of the composite elements
   * @param sections         the composite elements' sections
   * @param elements         the elements
   * @param complete         true when every element of the edition is listed
   */
  public ElementCatalogue {
    Bounds.line("edition", edition);
    Bounds.code("directChapter", directChapter);
    Require.that(ElementIds.isClauseNumber(directChapter), "directChapter", directChapter, "must be a clause number");
    Bounds.code("compositeChapter", compositeChapter);
    Require.that(ElementIds.isClauseNumber(compositeChapter), "compositeChapter", compositeChapter,
        "must be a clause number");
    Require.that(!directChapter.equals(compositeChapter), "compositeChapter", compositeChapter,
        "must differ from directChapter");
    sections = Bounds.list("sections", sections);
    elements = Bounds.list("elements", elements);
    Set<String> sectionIds = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      String id = sections.get(i).id();
      Require.thatElement(sectionIds.add(id), "sections", i, ".id", id, "appears twice");
      Require.thatElement(ElementIds.within(id, compositeChapter) && !id.equals(compositeChapter), "sections", i, ".id",
          id, "must lie within the composite chapter " + compositeChapter);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      HazardElement e = elements.get(i);
      Require.thatElement(ids.add(e.id()), "elements", i, ".id", e.id(), "appears twice");
      if (e.kind() == ElementKind.DIRECT) {
        Require.thatElement(e.section().equals(directChapter), "elements", i, ".section", e.section(),
            "a direct element lies in the direct chapter " + directChapter);
      } else {
        Require.thatElement(sectionIds.contains(e.section()), "elements", i, ".section", e.section(),
            "a composite element lies in one of the sections");
      }
    }
  }

  /**
   * {@return the element with clause number {@code id}, if this edition has it}
   *
   * @param id the clause number
   */
  public Optional<HazardElement> element(String id) {
    Bounds.code("id", id);
    return elements.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** {@return the composite elements, in clause order} */
  @JsonIgnore
  public List<HazardElement> compositeElements() {
    return elements.stream().filter(e -> e.kind() == ElementKind.COMPOSITE).toList();
  }
}
