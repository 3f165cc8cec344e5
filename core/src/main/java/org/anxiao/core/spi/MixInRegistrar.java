package org.anxiao.core.spi;

/**
 * Where an {@link AnxiaoVocabulary} registers its Jackson mix-ins (混入注解): the annotations of
 * {@code mixIn} are read as if they were on {@code target}. A mix-in can carry
 * {@code @JsonSerialize(using = …)} and {@code @JsonDeserialize(using = …)}, so serializers are
 * contributed the same way, and no Jackson type appears in this interface.
 *
 * <p>The target must be a type of the contributing module: types of core ({@code org.anxiao.core.*}),
 * of the JDK ({@code java.*}, {@code javax.*}, {@code jdk.*}) and of Jackson keep the wire form core
 * documents, and mixing into them is refused with a {@code VocabularyException}. On the module path
 * the target's package must be open to {@code com.fasterxml.jackson.databind}, as for any type Jackson
 * binds.
 *
 * <p>A registrar is valid only during the {@link AnxiaoVocabulary#mixIns} call it is passed to.
 */
@FunctionalInterface
public interface MixInRegistrar {
  /**
   * Registers {@code mixIn}'s annotations for {@code target}.
   *
   * @param target the class whose JSON form the mix-in shapes
   * @param mixIn  the class carrying the Jackson annotations
   * @return this registrar, for chaining
   */
  MixInRegistrar mixIn(Class<?> target, Class<?> mixIn);
}
