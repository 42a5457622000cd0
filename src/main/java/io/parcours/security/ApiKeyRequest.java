package io.parcours.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record ApiKeyRequest(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty Set<@NotBlank String> scopes,
    @Min(1) @Max(1_000_000) Integer requestsPerMinute) {}
