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
    throwForNullPointer = MissingValueException.class)
public @interface AnxiaoStyle {}
