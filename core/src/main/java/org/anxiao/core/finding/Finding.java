package org.anxiao.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.Measure;
import org.immutables.value.Value;

/**
 * A finding (检查发现): one thing a calculator found, with a stable {@link FindingCode}, severity,
 * subject, the measured and required values with units, a zh-CN/en message and the rule values it
 * was judged against (pack, version, clause).
 *
 * <p>Invariants: when both measured and required are given they have the same unit, and a
 * comparison is given. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  Finding() {}

  /** {@return stable code; also the key of its message} */
  public abstract FindingCode code();

  /** {@return how serious it is} */
  public abstract Severity severity();

  /** {@return what it is about} */
  public abstract Subject subject();

  /** {@return the measured value, if the finding compares numbers} */
  public abstract Optional<Measure> measured();

  /** {@return the required value, if the finding compares numbers} */
  public abstract Optional<Measure> required();

  /** {@return how measured was compared with required} */
  public abstract Optional<Comparison> comparison();

  /** {@return the message in zh-CN and English} */
  public abstract LocalizedText message();

  /** {@return the rule values the finding was judged against, with citations} */
  public abstract List<AppliedRule> rules();

  @Value.Check
  void check() {
    if (measured().isPresent() && required().isPresent()) {
      Require.that(measured().get().unit().equals(required().get().unit()), "required.unit",
          required().get().unit(), "must equal measured.unit {}", measured().get().unit());
      Require.that(comparison().isPresent(), "comparison", null, "is required when measured and required are given");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
