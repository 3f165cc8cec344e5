package org.anxiao.core.rule;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A versioned rule pack (规则包): the thresholds, coefficients and ratios of one rule, as data,
 * with the document they come from, the dates they are in force, the jurisdiction they apply to and
 * how well they were checked.
 *
 * <p>{@link #kind()} names the rule the pack provides (e.g. {@code anxiao.core.crowded-place-uses});
 * packs of one kind for different jurisdictions and dates are alternatives, and
 * {@link RulePackRegistry} picks the one in force. {@link #validTo()} is the last day in force,
 * inclusive; empty means open-ended.
 *
 * <p>Invariants: id and kind are lower-case dotted names; {@code validTo ≥ validFrom}; parameter
 * names are camelCase identifiers. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableRulePack.class)
@JsonDeserialize(as = ImmutableRulePack.class)
public abstract class RulePack {
  /** The document type, for {@link org.anxiao.core.json.AnxiaoJson#readDocument}. */
  public static final DocumentType<RulePack> DOCUMENT = DocumentType.of("rule-pack", RulePack.class);

  private static final String NAME = "[a-z0-9]+(?:[.-][a-z0-9]+)*";

  RulePack() {}

  /** {@return wire-format version} */
  @Value.Default
  public String schemaVersion() {
    return DocumentType.CURRENT_VERSION;
  }

  /** {@return stable id, e.g. {@code cn.fire-law.crowded-places}} */
  public abstract String id();

  /** {@return edition of this id; a higher version supersedes a lower one with the same id} */
  public abstract PackVersion version();

  /** {@return the rule the pack provides, e.g. {@code anxiao.core.crowded-place-uses}} */
  public abstract String kind();

  /** {@return bilingual title} */
  public abstract LocalizedText title();

  /** {@return where it applies: {@code CN} or a GB/T 2260 code} */
  public abstract JurisdictionCode jurisdiction();

  /** {@return first day in force} */
  public abstract LocalDate validFrom();

  /** {@return last day in force (inclusive); empty while in force} */
  public abstract Optional<LocalDate> validTo();

  /** {@return the source document} */
  public abstract Citation source();

  /** {@return how the pack's figures were checked, unless a parameter says otherwise} */
  public abstract Verification verification();

  /** {@return the reading chosen where the source can be read two ways, and other remarks} */
  public abstract Optional<LocalizedText> note();

  /** {@return id of the pack that replaces this one, when known (e.g. a new national regulation)} */
  public abstract Optional<String> supersededBy();

  /** {@return the parameters, by name} */
  public abstract Map<String, Parameter> parameters();

  /** {@return reference to this pack and version} */
  public PackRef ref() {
    return new PackRef(id(), version());
  }

  /**
   * {@return true when the pack is in force on {@code date}}
   *
   * @param date the day
   */
  public boolean isInForce(LocalDate date) {
    Bounds.date("date", date);
    return header().isInForce(date);
  }

  /** {@return the pack's header, as listed in a pack index} */
  public PackHeader header() {
    return new PackHeader(id(), version(), kind(), jurisdiction(), validFrom(), validTo(), verification());
  }

  /**
   * {@return the verification of a parameter: its own, else the pack's}
   *
   * @param parameter the parameter's name
   */
  public Verification verificationOf(String parameter) {
    Bounds.code("parameter", parameter);
    Parameter p = parameters().get(parameter);
    return p == null ? verification() : p.verification().orElse(verification());
  }

  @Value.Check
  void check() {
    Bounds.schemaVersion("schemaVersion", schemaVersion());
    Bounds.code("id", id());
    Bounds.code("kind", kind());
    Bounds.date("validFrom", validFrom());
    validTo().ifPresent(to -> Bounds.date("validTo", to));
    Bounds.size("parameters", parameters());
    Require.that(id().matches(NAME), "id", id(), "must be a lower-case dotted name such as cn.gbt2589.coal");
    Require.that(kind().matches(NAME), "kind", kind(), "must be a lower-case dotted name");
    validTo().ifPresent(to -> Require.that(!to.isBefore(validFrom()), "validTo", to,
        "must not be before validFrom {}", validFrom()));
    parameters().keySet().forEach(name -> {
      if (name.length() > Bounds.MAX_CODE_LENGTH || !name.matches("[a-z][A-Za-z0-9]*")) {
        Require.that(false, "parameters." + name, name, "parameter names are camelCase identifiers");
      }
    });
    supersededBy().ifPresent(s -> Bounds.code("supersededBy", s));
    supersededBy().ifPresent(s -> Require.that(s.matches(NAME), "supersededBy", s, "must be a pack id"));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RulePack}; not thread-safe. */

  /**
   * Builds a {@link RulePack}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableRulePack.Builder delegate = ImmutableRulePack.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(RulePack instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link RulePack#schemaVersion() schemaVersion}.
     *
     * @param schemaVersion the value
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      delegate.schemaVersion(schemaVersion);
      return this;
    }

    /**
     * Sets {@link RulePack#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link RulePack#version() version}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(PackVersion version) {
      delegate.version(version);
      return this;
    }

    /**
     * Sets {@link RulePack#kind() kind}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(String kind) {
      delegate.kind(kind);
      return this;
    }

    /**
     * Sets {@link RulePack#title() title}.
     *
     * @param title the value
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      delegate.title(title);
      return this;
    }

    /**
     * Sets {@link RulePack#jurisdiction() jurisdiction}.
     *
     * @param jurisdiction the value
     * @return this builder
     */
    public Builder jurisdiction(JurisdictionCode jurisdiction) {
      delegate.jurisdiction(jurisdiction);
      return this;
    }

    /**
     * Sets {@link RulePack#validFrom() validFrom}.
     *
     * @param validFrom the value
     * @return this builder
     */
    public Builder validFrom(LocalDate validFrom) {
      delegate.validFrom(validFrom);
      return this;
    }

    /**
     * Sets {@link RulePack#validTo() validTo}.
     *
     * @param validTo the value
     * @return this builder
     */
    public Builder validTo(LocalDate validTo) {
      delegate.validTo(validTo);
      return this;
    }

    /**
     * Sets {@link RulePack#validTo() validTo}.
     *
     * @param validTo the value
     * @return this builder
     */
    public Builder validTo(Optional<? extends LocalDate> validTo) {
      Require.nonNull("validTo", validTo);
      delegate.validTo(validTo);
      return this;
    }

    /**
     * Sets {@link RulePack#source() source}.
     *
     * @param source the value
     * @return this builder
     */
    public Builder source(Citation source) {
      delegate.source(source);
      return this;
    }

    /**
     * Sets {@link RulePack#verification() verification}.
     *
     * @param verification the value
     * @return this builder
     */
    public Builder verification(Verification verification) {
      delegate.verification(verification);
      return this;
    }

    /**
     * Sets {@link RulePack#note() note}.
     *
     * @param note the value
     * @return this builder
     */
    public Builder note(LocalizedText note) {
      delegate.note(note);
      return this;
    }

    /**
     * Sets {@link RulePack#note() note}.
     *
     * @param note the value
     * @return this builder
     */
    public Builder note(Optional<? extends LocalizedText> note) {
      Require.nonNull("note", note);
      delegate.note(note);
      return this;
    }

    /**
     * Sets {@link RulePack#supersededBy() supersededBy}.
     *
     * @param supersededBy the value
     * @return this builder
     */
    public Builder supersededBy(String supersededBy) {
      delegate.supersededBy(supersededBy);
      return this;
    }

    /**
     * Sets {@link RulePack#supersededBy() supersededBy}.
     *
     * @param supersededBy the value
     * @return this builder
     */
    public Builder supersededBy(Optional<String> supersededBy) {
      Require.nonNull("supersededBy", supersededBy);
      delegate.supersededBy(supersededBy);
      return this;
    }

    /**
     * Puts an entry into {@link RulePack#parameters() parameters}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putParameters(String key, Parameter value) {
      delegate.putParameters(key, value);
      return this;
    }

    /**
     * Puts an entry into {@link RulePack#parameters() parameters}.
     *
     * @param entry the value
     * @return this builder
     */
    public Builder putParameters(Map.Entry<String, ? extends Parameter> entry) {
      Require.nonNull("parameters", entry);
      delegate.putParameters(entry);
      return this;
    }

    /**
     * Sets {@link RulePack#parameters() parameters}.
     *
     * @param entries the value
     * @return this builder
     */
    public Builder parameters(Map<String, ? extends Parameter> entries) {
      Require.nonNull("parameters", entries);
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Require.nonNull("parameters key", e.getKey());
        Require.nonNull("parameters." + e.getKey(), e.getValue());
      }
      delegate.parameters(entries);
      return this;
    }

    /**
     * Puts all entries into {@link RulePack#parameters() parameters}.
     *
     * @param entries the value
     * @return this builder
     */
    public Builder putAllParameters(Map<String, ? extends Parameter> entries) {
      Require.nonNull("parameters", entries);
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Require.nonNull("parameters key", e.getKey());
        Require.nonNull("parameters." + e.getKey(), e.getValue());
      }
      delegate.putAllParameters(entries);
      return this;
    }

    /**
     * A new {@link RulePack} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public RulePack build() {
      return delegate.build();
    }
  }
}
