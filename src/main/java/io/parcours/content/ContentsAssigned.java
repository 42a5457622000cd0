package io.parcours.content;

import io.parcours.common.Actor;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously after many items were given at once (to new leads, see {@link
 * io.parcours.lead.LeadsEntered}), with the connection whose transaction holds the assignments.
 */
public record ContentsAssigned(
    Connection connection, List<UUID> assignmentIds, Actor actor, String correlationId) {}
