package org.anxiao.core.jurisdiction;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * An administrative division (行政区划): its GB/T 2260 code, bilingual name and parent.
 *
 * <p>The parent of a province is {@link JurisdictionCode#CN}; the parent of a district of a
 * municipality is the municipality ({@code 310112 闵行区 → 310000 上海市}). Only {@code CN} has no
 * parent.
 *
 * @param code   the division's code
 * @param name   its name, e.g. 闵行区 / Minhang District
 * @param parent the next wider division, empty only for {@code CN}; null reads as empty
 */
public record Jurisdiction(JurisdictionCode code, LocalizedText name, Optional<JurisdictionCode> parent) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code   the division's code
   * @param name   its name, e.g. 闵行区 / Minhang District
   * @param parent the next wider division, empty only for {@code CN}; null reads as empty
   */
  public Jurisdiction {
    Require.nonNull("code", code);
    Require.nonNull("name", name);
    parent = Objects.requireNonNullElse(parent, Optional.empty());
    boolean national = code.level() == JurisdictionLevel.NATION;
    Require.that(national == parent.isEmpty(), "parent", parent.orElse(null),
        national ? "CN has no parent" : "every division below CN needs a parent");
    parent.ifPresent(p -> {
      Require.that(p.level().isWiderThan(code.level()), "parent", p,
          "must be of a wider level than {}", code);
      Require.that(p.level() == JurisdictionLevel.NATION || p.provincePart().equals(code.provincePart()),
          "parent", p, "must be in the same province as {}", code);
      Require.that(p.level() != JurisdictionLevel.PREFECTURE
              || code.value().startsWith(p.value().substring(0, 4)),
          "parent", p, "must be the prefecture whose code {} starts with", code);
    });
  }

  /** {@return the level of the division} */
  public JurisdictionLevel level() {
    return code.level();
  }
}
