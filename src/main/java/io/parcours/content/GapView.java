package io.parcours.content;

import io.parcours.lead.Stage;
import java.util.UUID;

/** A content type a persona's journey requires at a stage, for which no active item exists. */
public record GapView(
    UUID personaId, String personaName, Stage stage, ContentType type, boolean defaultJourney) {}
