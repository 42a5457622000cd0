package io.parcours.content;

import io.parcours.lead.Stage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A content item as marketing writes it. Stages left out take the stages whose default types
 * include the item's type; personas left out mean every persona; locale left out means any.
 */
public record ContentRequest(
    @NotBlank @Size(max = 200) String title,
    @NotNull ContentType type,
    @Size(max = 7) List<@NotNull Stage> stages,
    @Size(max = 100) List<@NotNull UUID> personaIds,
    @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String url,
    @Size(max = 2000) String summary,
    @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language code such as fr")
        String locale,
    Boolean active,
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, . _ -")
        String variantGroup,
    @Min(1) @Max(1000) Integer variantWeight) {}
