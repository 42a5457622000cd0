package io.parcours.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StageChangeRequest(@NotNull Stage stage, @Size(max = 1000) String reason) {}
