package io.parcours.email;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The content item a person sends a lead by email, now or when its weekly cap frees. */
public record SendRequest(@NotNull UUID contentId) {}
