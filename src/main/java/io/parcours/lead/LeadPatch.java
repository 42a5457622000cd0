package io.parcours.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A JSON merge patch of a lead: a field left out stays as it is, a field sent as null is cleared.
 * Stage and consent have their own endpoints.
 */
public record LeadPatch(
    @Email @Size(max = 254) String email,
    @Size(max = 100) String firstName,
    @Size(max = 100) String lastName,
    @Size(max = 200) String company,
    @Size(max = 50) String phone,
    @Pattern(regexp = LeadRequest.LOCALE, message = "must be a language code such as fr or en-GB")
        String locale,
    UUID personaId,
    UUID ownerId,
    @Valid LeadSource source,
    @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal dealValue,
    @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
    Map<String, Object> attributes) {}
