package io.parcours.timeline;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a lead's timeline; what data holds depends on the kind. */
public record TimelineEntry(
    @Schema(description = "TOUCHPOINT or STAGE_CHANGE (more kinds may come)") String kind,
    String id,
    Instant at,
    Map<String, Object> data) {}
