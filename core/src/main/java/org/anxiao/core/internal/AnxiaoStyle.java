package org.anxiao.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.anxiao.core.error.MissingValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code ImmutableX} classes are package-private
 * and hidden behind {@code X.builder()} / {@code X.of(...)}; collections are JDK-only immutable.
 * {@code X.Builder} wraps the generated builder and checks collection arguments and their elements
 * before handing them on.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    privateNoargConstructor = true,
    redactedMask = "****",
    forceJacksonPropertyNames = false,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    // Each value type's public X.Builder is hand-written around the generated one (so that null
    // collections and null elements are refused as MissingValueException naming the attribute and
    // index); it must not be taken for a builder the generated one extends.
    typeInnerBuilder = "GeneratedBuilderBase",
    builder = "generatedBuilder")
public @interface AnxiaoStyle {}
