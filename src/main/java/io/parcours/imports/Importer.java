package io.parcours.imports;

import io.parcours.common.Actor;
import java.util.UUID;

/**
 * Who uploaded a file, as the import needs them once the request is over: the actor, the user whose
 * leads alone it may see (null: all), whether it may give any lead to anyone, and the request's
 * correlation id, which the import's history and events carry.
 */
record Importer(Actor actor, UUID ownerScope, boolean reassigns, String correlationId) {}
