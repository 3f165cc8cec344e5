package org.anxiao.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.immutables.value.Value;

/**
 * An assessment (评估结果): the findings of one calculator run, with what is needed to reproduce it —
 * the digest of the inputs, the packs and the exact rule values used, and when it ran.
 *
 * <p>Invariants: the digest is 64 lower-case hex digits (SHA-256, see
 * {@link org.anxiao.core.json.AnxiaoJson#digest}); every pack a rule value came from is listed in
 * {@link #packs()}. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {
  /** The document type. */
  public static final DocumentType<Assessment> DOCUMENT = DocumentType.of("assessment", Assessment.class);

  Assessment() {}

  /** {@return wire-format version} */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** {@return the calculator, e.g. {@code anxiao.core.crowded-places}} */
  public abstract String calculator();

  /** {@return what was assessed} */
  public abstract Subject subject();

  /** {@return the period assessed, if any} */
  public abstract Optional<Period> period();

  /** {@return when the assessment ran} */
  public abstract Instant assessedAt();

  /** {@return SHA-256 of the canonical JSON of the inputs} */
  public abstract String inputsDigest();

  /** {@return the rule packs used} */
  public abstract List<PackRef> packs();

  /** {@return every rule value used, whether or not it produced a finding} */
  public abstract List<AppliedRule> rulesApplied();

  /** {@return the findings} */
  public abstract List<Finding> findings();

  /** {@return the most severe finding's severity, if there are findings} */
  public Optional<Severity> worstSeverity() {
    return findings().stream().map(Finding::severity).max(Comparator.naturalOrder());
  }

  @Value.Check
  void check() {
    Require.nonBlank("calculator", calculator());
    Require.that(inputsDigest().matches("[0-9a-f]{64}"), "inputsDigest", inputsDigest(),
        "must be 64 lower-case hex digits (SHA-256)");
    for (int i = 0; i < rulesApplied().size(); i++) {
      PackRef p = rulesApplied().get(i).pack();
      Require.thatElement(packs().contains(p), "rulesApplied", i, ".pack", p, "must be listed in packs");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; not thread-safe. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
