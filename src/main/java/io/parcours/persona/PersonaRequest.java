package io.parcours.persona;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A persona as marketing writes it; the whole of it, for creation and replacement. */
public record PersonaRequest(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 2000) String description,
    @Min(0) @Max(150) Integer ageMin,
    @Min(0) @Max(150) Integer ageMax,
    @Size(max = 200) String profession,
    @Size(max = 100) String incomeBand,
    @Size(max = 200) String education,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> values,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> goals,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> painPoints,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> preferredChannels) {}
