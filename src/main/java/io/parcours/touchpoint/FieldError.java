package io.parcours.touchpoint;

/** One invalid field of a request, shaped like the problem+json "errors" members. */
public record FieldError(String field, String message) {}
