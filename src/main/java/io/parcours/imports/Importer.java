package io.parcours.imports;

import io.parcours.common.Actor;
import java.util.UUID;

/**
 * Who uploaded a file, as the owner rules need them once the request is over: the actor, the user
 * whose leads alone it may see (null: all), and whether it may give any lead to anyone.
 */
record Importer(Actor actor, UUID ownerScope, boolean reassigns) {}
