package io.parcours.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks operations whose answers are read through {@link Replica}: the API document gives their
 * successful answers the Read-Source and Replica-Replay-Time headers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LaggingRead {}
