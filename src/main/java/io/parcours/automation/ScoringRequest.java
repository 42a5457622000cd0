package io.parcours.automation;

import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Points to change; the entries not given keep their value. */
public record ScoringRequest(
    Map<TouchpointType, @NotNull @Min(-1000) @Max(1000) Integer> types,
    Map<Sentiment, @NotNull @Min(-1000) @Max(1000) Integer> sentiments) {}
