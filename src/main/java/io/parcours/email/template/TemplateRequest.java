package io.parcours.email.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A template as created or replaced; each language must parse and render. */
public record TemplateRequest(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 1000) String description,
    @NotEmpty @Size(max = 20)
        Map<
                @Pattern(
                    regexp = "[a-z]{2}(-[A-Z]{2})?",
                    message = "must be a language code such as fr or en-GB")
                String,
                @Valid TemplateText>
            locales) {}
