package io.parcours.content;

import java.util.UUID;

/** A persona's journey was given, replaced or reset; fired inside the transaction that did it. */
record PersonaJourneyChanged(UUID personaId) {}
