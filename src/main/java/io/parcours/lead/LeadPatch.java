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
    @Email @Size(max = LeadLimits.EMAIL) String email,
    @Size(max = LeadLimits.NAME) String firstName,
    @Size(max = LeadLimits.NAME) String lastName,
    @Size(max = LeadLimits.COMPANY) String company,
    @Size(max = LeadLimits.PHONE) String phone,
    @Pattern(regexp = LeadLimits.LOCALE, message = LeadLimits.LOCALE_MESSAGE) String locale,
    UUID personaId,
    UUID ownerId,
    @Valid LeadSource source,
    @PositiveOrZero
        @Digits(
            integer = LeadLimits.DEAL_INTEGER_DIGITS,
            fraction = LeadLimits.DEAL_FRACTION_DIGITS)
        BigDecimal dealValue,
    @Size(max = LeadLimits.TAGS) List<@NotBlank @Size(max = LeadLimits.TAG) String> tags,
    Map<String, Object> attributes,
    @Size(max = 64) String timeZone) {}
