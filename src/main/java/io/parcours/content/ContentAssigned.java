package io.parcours.content;

/** Fired synchronously inside the transaction that gave an item to a lead. */
public record ContentAssigned(ContentAssignment assignment) {}
