package io.parcours.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public resource that never looks at credentials: a session cookie the browser sends along is
 * neither checked nor asked for its CSRF token (links in emails, opened from anywhere).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutSession {}
