package org.anxiao.core.spi;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.RuleKind;

/**
 * A vocabulary provider (词表扩展): what a module adds to core's code lists — unit codes, subject
 * kinds, document types with their JSON Schemas, and Jackson mix-ins for its own types. Every method
 * has an empty default, so a provider implements only what it contributes.
 *
 * <h2>Registering a provider</h2>
 * On the module path, the module declares
 * {@code provides org.anxiao.core.spi.AnxiaoVocabulary with com.example.EnergyVocabulary;}; on the
 * class path, its jar lists the class in
 * {@code META-INF/services/org.anxiao.core.spi.AnxiaoVocabulary}. A provider is a public class with a
 * public no-argument constructor (or, on the module path, a public static {@code provider()}
 * method).
 *
 * <h2>When contributions are read</h2>
 * Lazily: providers are found and instantiated on the first lookup in any vocabulary, and each
 * section is merged on the first lookup in that vocabulary — the first unit code looked up or written,
 * the first {@code SubjectKind.of}, the first schema resolved, the first type Jackson introspects
 * outside core and the JDK. The merged vocabularies are immutable for the life of the class loader.
 * A provider's constructor and methods must therefore not use the vocabularies themselves (no
 * {@code SubjectKind.of}, no {@code AnxiaoUnits.unit} inside {@link #units()}); doing so is reported,
 * not deadlocked. Methods are called once each, from one thread.
 *
 * <h2>Core's own codes</h2>
 * Core's codes ({@code kWh}, {@code SCHOOL}, the {@code school} document…) are built in, not read
 * through this interface: they are constants that must exist without scanning the class path, and a
 * program that uses only core pays no more than one service lookup. Contributions are merged over
 * them: a code keeps one meaning, so a provider that redefines a core code, or two providers that
 * define one code differently, make the first lookup in that vocabulary throw
 * {@link org.anxiao.core.error.VocabularyException} naming the code and both providers. Defining a
 * code again with the same meaning is allowed. Core's own rule kinds are the exception: they belong
 * to core's calculator packages, above the rule package, so core contributes them through this
 * interface like any module ({@code org.anxiao.core.fire.CoreRuleKinds}).
 *
 * <h2>Adding a section</h2>
 * A new kind of contribution is one more default method here returning an empty list, merged where
 * its vocabulary is looked up with {@code org.anxiao.core.internal.Contributions.byKey} (or its
 * parts {@code collect} and {@code put}),
 * which every section above uses, so that discovery, laziness and clash reports stay the same.
 *
 * <p>Implementations must be thread-safe to construct and should be stateless.
 */
public interface AnxiaoVocabulary {

  /** {@return unit codes this provider adds; see {@link UnitContribution}} */
  default List<UnitContribution> units() {
    return List.of();
  }

  /** {@return subject kinds this provider adds to {@link org.anxiao.core.finding.SubjectKind}} */
  default List<SubjectKindContribution> subjectKinds() {
    return List.of();
  }

  /**
   * {@return document types this provider adds, each made with
   * {@link DocumentType#of(String, Class, Module, String)} so that it names its schema resource and
   * the module it is read from} Their schemas carry {@code $id}
   * {@code https://anxiao.org/schemas/<name>.schema.json}, may {@code $ref} core's schemas (e.g.
   * {@code common.schema.json#/$defs/quantity}) and each other's by that {@code $id}, and are never
   * fetched from the network.
   */
  default List<DocumentType<?>> documentTypes() {
    return List.of();
  }

  /**
   * {@return rule kinds this provider's calculators read ({@link RuleKind}); a registry built with
   * {@code RulePackRegistry.Builder.addClassPath} registers them, so that packs of these kinds bind}
   * A kind id keeps one kind: two different kinds with one id are a clash.
   */
  default List<RuleKind<?>> ruleKinds() {
    return List.of();
  }

  /**
   * {@return the class-path resources of the rule-pack indexes this provider's module ships, e.g.
   * {@code META-INF/anxiao/packs/energy/index.json}} A registry built with
   * {@code RulePackRegistry.Builder.addClassPath} reads them besides the shared
   * {@link org.anxiao.core.rule.PackIndex#RESOURCE}. A module names its own index so that the
   * indexes of several jars survive being merged into one (a shaded or assembled jar keeps one file
   * per resource name, while service files are merged). Each name matches
   * {@code META-INF/anxiao/packs/[a-z0-9-]+/index.json}.
   */
  default List<String> packIndexes() {
    return List.of();
  }

  /**
   * Registers Jackson mix-ins for this provider's own types; see {@link MixInRegistrar}.
   *
   * @param registrar where to register them
   */
  default void mixIns(MixInRegistrar registrar) {
    Require.nonNull("registrar", registrar);
  }
}
