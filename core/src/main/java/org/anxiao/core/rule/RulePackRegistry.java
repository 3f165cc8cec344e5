package org.anxiao.core.rule;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The rule packs a program knows, and the answer to "which pack of kind K applies in jurisdiction J
 * on date D".
 *
 * <p>Selection walks J's chain in the {@link JurisdictionDirectory} from J up to {@code CN}; at each
 * level it takes the pack of kind K for that exact jurisdiction in force on D (the highest version
 * of its id), unless a {@link RuleQuery} pins a version. The result lists those packs narrowest
 * first, and a parameter comes from the narrowest pack that defines it (see {@link ResolvedRules}).
 *
 * <p>Two different pack ids of one kind and one jurisdiction must not be in force on the same day;
 * the builder rejects such a set ({@link RulePackException#AMBIGUOUS}). Versions of one id must keep
 * the id's kind and jurisdiction, and no two may compare equal ({@code 1.0} and {@code 1.0.0}).
 *
 * <p>Packs listed in class-path indexes ({@link PackIndex#RESOURCE}) are read lazily, on the first
 * query that needs them, and cached. Immutable and thread-safe.
 */
public final class RulePackRegistry {
  private static final Supplier<RulePackRegistry> STANDARD = Suppliers.memoize(
      () -> builder().addClassPath(RulePackRegistry.class.getClassLoader()).build());

  private final JurisdictionDirectory jurisdictions;
  private final Map<String, RuleKind<?>> kinds;
  private final List<Source> sources;
  /** Bound values by kind and the packs they were bound from; packs are immutable, so entries never go stale. */
  private final ConcurrentMap<List<Object>, Object> bound = new ConcurrentHashMap<>();

  private RulePackRegistry(JurisdictionDirectory jurisdictions, Map<String, RuleKind<?>> kinds, List<Source> sources) {
    this.jurisdictions = jurisdictions;
    this.kinds = Map.copyOf(kinds);
    List<Source> own = new ArrayList<>();
    for (Source s : sources) {
      RuleKind<?> kind = java.util.Objects.requireNonNull(this.kinds.get(s.header.kind()), "build() checked the kind");
      own.add(s.boundBy(() -> check(kind, s.raw())));
    }
    this.sources = List.copyOf(own);
  }

  /** {@return the packs shipped in the Anxiao jars on the class path, with the standard directory} */
  public static RulePackRegistry standard() {
    return STANDARD.get();
  }

  /** {@return a builder for a registry of the caller's choosing} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the directory used for jurisdiction chains} */
  public JurisdictionDirectory jurisdictions() {
    return jurisdictions;
  }

  /**
   * Shorthand for {@code resolve(RuleQuery.of(kind, jurisdiction, date))}.
   *
   * @param kind         the rule kind's id
   * @param jurisdiction where the rules must apply
   * @param date         the day they must be in force
   * @return the rules in force
   */
  public ResolvedRules resolve(String kind, JurisdictionCode jurisdiction, LocalDate date) {
    return resolve(RuleQuery.of(kind, jurisdiction, date));
  }

  /**
   * {@return the packs in force for the query, narrowest first}
   *
   * @param query the kind, jurisdiction, date and pins
   * @throws RulePackException {@link RulePackException#NOT_FOUND} when none is in force
   */
  public ResolvedRules resolve(RuleQuery query) {
    Require.nonNull("query", query);
    List<RulePack> layers = new ArrayList<>();
    for (JurisdictionCode level : jurisdictions.chain(query.jurisdiction())) {
      select(query, level).ifPresent(layers::add);
    }
    if (layers.isEmpty()) {
      throw new RulePackException(RulePackException.NOT_FOUND, "kind", query.kind(),
          "no pack in force for " + query.jurisdiction() + " or any wider jurisdiction on " + query.date()
          + query.minimumVerification().map(v -> " at verification " + v + " or better").orElse(""));
    }
    return new ResolvedRules(query.kind(), query.jurisdiction(), query.date(), layers);
  }

  /**
   * {@return the rule of {@code kind} in force for {@code query}, bound: each declared parameter from the
   * narrowest pack that defines it} Bound values are cached per set of packs.
   *
   * @param <T>   the bound rule's type
   * @param kind  the rule kind
   * @param query the kind, jurisdiction, date and pins
   * @throws RulePackException {@link RulePackException#NOT_FOUND} when no pack is in force or a
   *     required parameter is not defined; {@link RulePackException#INVALID} when {@code kind} is not
   *     the kind this registry knows by that id
   */
  @SuppressWarnings("unchecked")
  public <T> BoundRules<T> bind(RuleKind<T> kind, RuleQuery query) {
    Require.nonNull("kind", kind);
    Require.nonNull("query", query);
    Require.that(kind.id().equals(query.kind()), "query.kind", query.kind(), "must be {}", kind.id());
    if (kinds.get(kind.id()) != kind) {
      throw new RulePackException(RulePackException.INVALID, "kind", kind.id(),
          "is not the rule kind this registry knows by that id; register it with RulePackRegistry.Builder.kind");
    }
    ResolvedRules rules = resolve(query);
    List<PackRef> packs = rules.packs();
    T value = (T) bound.computeIfAbsent(List.of(kind.id(), packs), k -> kind.bind(rules));
    return new BoundRules<>(kind, query.jurisdiction(), query.date(), packs, value);
  }

  /** {@return the rule kinds this registry binds, by id} */
  public Map<String, RuleKind<?>> kinds() {
    return kinds;
  }

  /**
   * Reads and checks every pack now — the same checks as at first use — so that a deployment can
   * refuse a bad pack at start-up instead of at its first query.
   *
   * @throws RulePackException on the first pack that does not bind
   */
  public void checkAll() {
    sources.forEach(Source::pack);
  }

  private RulePack check(RuleKind<?> kind, RulePack pack) {
    kind.check(pack);
    for (ParameterSpec<?> spec : kind.parameters()) {
      if (spec.required() && !pack.parameters().containsKey(spec.name())) {
        requireInherited(kind, pack, spec);
      }
    }
    return pack;
  }

  /** A pack that omits a required parameter needs wider packs of its kind defining it on all its days. */
  private void requireInherited(RuleKind<?> kind, RulePack pack, ParameterSpec<?> spec) {
    List<JurisdictionCode> chain = jurisdictions.chain(pack.jurisdiction());
    List<PackHeader> wider = new ArrayList<>();
    for (Source s : sources) {
      PackHeader h = s.header;
      if (h.kind().equals(kind.id()) && !h.jurisdiction().equals(pack.jurisdiction())
          && chain.contains(h.jurisdiction()) && s.pack().parameters().containsKey(spec.name())) {
        wider.add(h);
      }
    }
    if (!covers(wider, pack.validFrom(), pack.validTo())) {
      throw new RulePackException(RulePackException.INVALID,
          ParameterSpec.pointer(pack, "/parameters/" + spec.name()), null,
          "is required by rule kind " + kind.id() + " (" + spec.type() + "); neither this pack nor a wider pack of the"
          + " kind defines it on every day this pack is in force (from " + pack.validFrom()
          + pack.validTo().map(t -> " to " + t).orElse(", open-ended") + ")");
    }
  }

  /** True when the validity periods of {@code packs} together cover {@code [from, to]}. */
  private static boolean covers(List<PackHeader> packs, LocalDate from, Optional<LocalDate> to) {
    List<PackHeader> sorted = new ArrayList<>(packs);
    sorted.sort(Comparator.comparing(PackHeader::validFrom));
    LocalDate next = from;
    for (PackHeader h : sorted) {
      if (h.validFrom().isAfter(next)) {
        break;
      }
      if (h.validTo().isEmpty()) {
        return true;
      }
      if (!h.validTo().get().isBefore(next)) {
        next = h.validTo().get().plusDays(1);
      }
      if (to.isPresent() && next.isAfter(to.get())) {
        return true;
      }
    }
    return to.isPresent() && next.isAfter(to.get());
  }

  private Optional<RulePack> select(RuleQuery query, JurisdictionCode level) {
    Source chosen = null;
    for (Source s : sources) {
      PackHeader h = s.header;
      if (!h.kind().equals(query.kind()) || !h.jurisdiction().equals(level)) {
        continue;
      }
      PackVersion pinned = query.pins().get(h.id());
      boolean eligible = pinned != null ? pinned.compareTo(h.version()) == 0 : h.isInForce(query.date());
      if (!eligible) {
        continue;
      }
      if (query.minimumVerification().filter(min -> !h.verification().isAtLeast(min)).isPresent()) {
        continue;
      }
      if (chosen != null && !chosen.header.id().equals(h.id())) {
        throw new RulePackException(RulePackException.AMBIGUOUS, "kind", query.kind(),
            "packs " + chosen.header.ref() + " and " + h.ref() + " are both in force for " + level);
      }
      if (chosen == null || h.version().compareTo(chosen.header.version()) > 0) {
        chosen = s;
      }
    }
    return Optional.ofNullable(chosen).map(Source::pack);
  }

  /**
   * {@return one pack by id and version}
   *
   * @param ref the pack's id and version
   */
  public RulePack pack(PackRef ref) {
    Require.nonNull("ref", ref);
    return sources.stream().filter(s -> s.header.ref().equals(ref)).findFirst()
        .map(Source::pack)
        .orElseThrow(() -> new RulePackException(RulePackException.NOT_FOUND, "pack", ref, "not in this registry"));
  }

  /** {@return headers of all packs, sorted by kind, jurisdiction, id and version} */
  public List<PackHeader> catalogue() {
    return sources.stream().map(s -> s.header)
        .sorted(Comparator.comparing(PackHeader::kind).thenComparing(PackHeader::jurisdiction)
            .thenComparing(PackHeader::id).thenComparing(PackHeader::version))
        .toList();
  }

  /**
   * {@return each pack with its status on {@code date}}
   *
   * @param date the day
   */
  public List<PackStatus> status(LocalDate date) {
    Bounds.date("date", date);
    Require.nonNull("date", date);
    List<PackStatus> out = new ArrayList<>();
    for (PackHeader h : catalogue()) {
      PackStatus.State state;
      if (date.isBefore(h.validFrom())) {
        state = PackStatus.State.FUTURE;
      } else if (!h.isInForce(date)) {
        state = PackStatus.State.EXPIRED;
      } else {
        boolean newer = sources.stream().anyMatch(s -> s.header.id().equals(h.id())
            && s.header.isInForce(date) && s.header.version().compareTo(h.version()) > 0);
        state = newer ? PackStatus.State.SUPERSEDED : PackStatus.State.IN_FORCE;
      }
      out.add(new PackStatus(h, state));
    }
    return List.copyOf(out);
  }

  /**
   * A pack known by header, read at most once and checked against its kind at most once per
   * registry (a builder may build several registries with different kinds).
   */
  private static final class Source {
    final PackHeader header;
    final Supplier<RulePack> body;
    final boolean eager;
    /** The body, bound against its kind; null in the builder's sources. */
    private final @Nullable Supplier<RulePack> checked;

    private Source(PackHeader header, Supplier<RulePack> body, boolean eager, @Nullable Supplier<RulePack> checked) {
      this.header = header;
      this.body = body;
      this.eager = eager;
      this.checked = checked;
    }

    /** This source, as a registry binds it. */
    Source boundBy(Supplier<RulePack> check) {
      return new Source(header, body, eager, Suppliers.memoize(check::get));
    }

    Source(PackHeader header, Supplier<RulePack> loader, boolean eager) {
      this.header = header;
      this.eager = eager;
      this.checked = null;
      this.body = Suppliers.memoize(() -> {
        RulePack p = loader.get();
        if (!p.header().equals(header)) {
          throw new RulePackException(RulePackException.INVALID, "index", header.ref(),
              "the pack's header " + p.header() + " differs from its index entry " + header);
        }
        return p;
      });
    }

    RulePack raw() {
      return body.get();
    }

    RulePack pack() {
      return java.util.Objects.requireNonNull(checked, "a registry binds every source").get();
    }
  }

  /** Builds a {@link RulePackRegistry}; not thread-safe. */
  public static final class Builder {
    private JurisdictionDirectory jurisdictions = JurisdictionDirectory.standard();
    private final Map<PackRef, Source> sources = new LinkedHashMap<>();
    private final Map<String, RuleKind<?>> kinds = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a rule kind, so packs of that kind bind. Kinds contributed through
     * {@link #addClassPath} are registered by it.
     *
     * @param kind the rule kind
     * @return this builder
     * @throws RulePackException when another kind with the same id is registered
     */
    public Builder kind(RuleKind<?> kind) {
      Require.nonNull("kind", kind);
      RuleKind<?> previous = kinds.putIfAbsent(kind.id(), kind);
      if (previous != null && previous != kind) {
        throw new RulePackException(RulePackException.AMBIGUOUS, "kind", kind.id(), "two rule kinds have this id");
      }
      return this;
    }

    /**
     * Sets the directory for jurisdiction chains (default: {@link JurisdictionDirectory#standard()}).
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder jurisdictions(JurisdictionDirectory directory) {
      this.jurisdictions = Require.nonNull("jurisdictions", directory);
      return this;
    }

    /**
     * Adds a pack already read.
     *
     * @param pack the pack
     * @return this builder
     */
    public Builder add(RulePack pack) {
      Require.nonNull("pack", pack);
      return put(new Source(pack.header(), () -> pack, true));
    }

    /**
     * Adds every pack listed in the indexes visible to {@code loader} — the shared
     * {@link PackIndex#RESOURCE} and those the vocabulary providers name
     * ({@link org.anxiao.core.spi.AnxiaoVocabulary#packIndexes()}) —
     * and the rule kinds contributed through {@link org.anxiao.core.spi.AnxiaoVocabulary} by the
     * modules visible to core and to {@code loader}. Indexes and packs shipped in jars are
     * read by the strict reader without a run-time JSON Schema pass — each module's build checks
     * them against the schemas — and each pack is bound against its kind when first read.
     *
     * @param loader the class loader whose resources are searched
     * @return this builder
     */
    public Builder addClassPath(ClassLoader loader) {
      Require.nonNull("loader", loader);
      KindDiscovery.discovered().forEach(this::kind);
      if (loader != RulePackRegistry.class.getClassLoader()) {
        KindDiscovery.visibleTo(loader).forEach(this::kind);
      }
      try {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : KindDiscovery.packIndexes(loader)) {
          for (URL url : Collections.list(loader.getResources(name))) {
            if (!seen.add(url.toExternalForm())) {
              continue;
            }
            PackIndex index;
            try (InputStream in = url.openStream()) {
              index = AnxiaoJson.strict().read(in, PackIndex.class);
            }
            RulePackReader.requireMajorVersion(url.toString(), index.schemaVersion());
            for (PackIndex.Entry e : index.packs()) {
              put(new Source(e.header(), () -> RulePackReader.readBundled(loader, e.resource()), false));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list rule-pack indexes", e);
      }
      return this;
    }

    private Builder put(Source s) {
      Source previous = sources.putIfAbsent(s.header.ref(), s);
      // One id and version is one text: a second copy is kept out only when it is the same pack.
      if (previous != null && (!previous.header.equals(s.header) || !previous.raw().equals(s.raw()))) {
        throw new RulePackException(RulePackException.AMBIGUOUS, "pack", s.header.ref(),
            "two different packs have the same id and version");
      }
      return this;
    }

    /**
     * {@return the registry}
     *
     * <p>Every pack added with {@link #add} is bound against its kind here; packs listed in class-path
     * indexes are bound when first read (or by {@link RulePackRegistry#checkAll()}).
     *
     * @throws RulePackException if a pack's kind is not registered, a pack added with {@link #add}
     *     does not bind, two ids of one kind and jurisdiction overlap in time, one id changes kind
     *     or jurisdiction between versions, or one id has two versions that compare equal
     */
    public RulePackRegistry build() {
      List<Source> all = new ArrayList<>(sources.values());
      for (Source s : all) {
        if (!kinds.containsKey(s.header.kind())) {
          throw new RulePackException(RulePackException.INVALID, s.header.ref() + "#/kind", s.header.kind(),
              "no rule kind of this id is registered (known: " + String.join(", ", new java.util.TreeSet<>(kinds.keySet()))
              + "); register it with RulePackRegistry.Builder.kind");
        }
      }
      for (int i = 0; i < all.size(); i++) {
        PackHeader a = all.get(i).header;
        for (int j = i + 1; j < all.size(); j++) {
          PackHeader b = all.get(j).header;
          if (a.id().equals(b.id())) {
            if (!a.kind().equals(b.kind()) || !a.jurisdiction().equals(b.jurisdiction())) {
              throw new RulePackException(RulePackException.AMBIGUOUS, "pack", b.ref(),
                  "versions of one id must keep its kind and jurisdiction (" + a.ref() + ")");
            }
            // 1.0 and 1.0.0 compare equal: which one a query or a pin selects would depend on order.
            if (a.version().compareTo(b.version()) == 0) {
              throw new RulePackException(RulePackException.AMBIGUOUS, "pack", b.ref(),
                  "is the same version as " + a.ref() + " written differently");
            }
          } else if (a.kind().equals(b.kind()) && a.jurisdiction().equals(b.jurisdiction()) && a.overlaps(b)) {
            throw new RulePackException(RulePackException.AMBIGUOUS, "pack", b.ref(),
                "is in force for " + b.jurisdiction() + " on days when " + a.ref() + " is too");
          }
        }
      }
      RulePackRegistry registry = new RulePackRegistry(jurisdictions, kinds, all);
      registry.sources.stream().filter(s -> s.eager).forEach(Source::pack);
      return registry;
    }
  }
}
