package io.parcours.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating operation: it answers 201 with a Location and this representation, and the API
 * contract documents it so (a JAX-RS Response does not say what it carries).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
  Class<?> value();

  /** What the answer says besides its body. */
  String description() default "Created";
}
