package org.anxiao.logistics.sixt;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.text.LocalizedText;

/**
 * Where 六T is scored (六T创建场所): a canteen (学生食堂, 沪教委后〔2024〕10号 §四1) or a dormitory (学生公寓,
 * §四2), each with its own checklist kind, {@code anxiao.logistics.sixt-canteen} and
 * {@code anxiao.logistics.sixt-dormitory}. A pack of either kind carries one checklist in the
 * {@code structure} parameter {@code checklist}, whose sections must be exactly the six pillars: a
 * pack whose sections are not is refused when bound, with its pointer
 * ({@code <pack>@<version>#/parameters/checklist/value/sections}).
 */
public enum SixTSite {
  /** 学生食堂 — a student canteen. */
  CANTEEN("anxiao.logistics.sixt-canteen", "学生食堂", "canteen"),
  /** 学生公寓 — a student dormitory. */
  DORMITORY("anxiao.logistics.sixt-dormitory", "学生公寓", "dormitory");

  private final RuleKind<RuleValue<Checklist>> kind;
  private final LocalizedText label;

  SixTSite(String kindId, String zh, String en) {
    ParameterSpec<Checklist> checklist = ParameterSpec.structure(Scorecards.CHECKLIST_PARAMETER, Checklist.class);
    this.kind = RuleKind.of(kindId, List.of(checklist), b -> bind(b.get(checklist)));
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the checklist kind of this site} */
  public RuleKind<RuleValue<Checklist>> kind() {
    return kind;
  }

  /** {@return the bilingual label} */
  public LocalizedText label() {
    return label;
  }

  /** The checklist with its pack, source and verification, after checking its sections are the six pillars. */
  private static RuleValue<Checklist> bind(RuleValue<Checklist> v) {
    AppliedRule applied = v.applied();
    Optional<String> wrong = wrongSections(v.value());
    if (wrong.isPresent()) {
      throw new RulePackException(RulePackException.INVALID,
          applied.pack() + "#/parameters/" + Scorecards.CHECKLIST_PARAMETER + "/value/sections", sectionIds(v.value()),
          wrong.get());
    }
    Checklist bound = Checklist.builder().from(v.value()).pack(applied.pack()).source(applied.citation())
        .verification(applied.verification()).build();
    return new RuleValue<>(bound, new AppliedRule(applied.pack(), Scorecards.CHECKLIST_PARAMETER, bound.id(),
        Optional.empty(), applied.verification(), applied.citation()));
  }

  /** Checks {@code checklist} has exactly one section per pillar; throws naming {@code field}. */
  static void requireSixPillars(String field, Checklist checklist) {
    Optional<String> wrong = wrongSections(checklist);
    if (wrong.isPresent()) {
      throw new InvalidValueException(field, sectionIds(checklist), wrong.get());
    }
  }

  private static Optional<String> wrongSections(Checklist checklist) {
    // Section ids are unique in a checklist, so six sections that are all pillars are the six pillars.
    boolean allPillars = checklist.sections().stream().allMatch(s -> SixTPillar.ofSection(s.id()).isPresent());
    if (allPillars && checklist.sections().size() == SixTPillar.values().length) {
      return Optional.empty();
    }
    return Optional.of("must be exactly the six 六T pillars, one section each: "
        + java.util.Arrays.stream(SixTPillar.values()).map(SixTPillar::sectionId).toList());
  }

  private static String sectionIds(Checklist checklist) {
    return checklist.sections().stream().map(ChecklistSection::id).toList().toString();
  }
}
