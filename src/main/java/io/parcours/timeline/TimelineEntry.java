package io.parcours.timeline;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a lead's timeline; what data holds depends on the kind. */
public record TimelineEntry(
    @Schema(
            description =
                "STAGE_CHANGE, TOUCHPOINT or EMAIL (more kinds may come); each kind only for a"
                    + " caller who may read it")
        String kind,
    String id,
    Instant at,
    Map<String, Object> data) {}
