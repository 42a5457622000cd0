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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as created, or upserted by email; absent fields take their defaults. */
public record LeadRequest(
    @NotBlank @Email @Size(max = LeadLimits.EMAIL) String email,
    @Size(max = LeadLimits.NAME) String firstName,
    @Size(max = LeadLimits.NAME) String lastName,
    @Size(max = LeadLimits.COMPANY) String company,
    @Size(max = LeadLimits.PHONE) String phone,
    @Pattern(regexp = LeadLimits.LOCALE, message = LeadLimits.LOCALE_MESSAGE) String locale,
    UUID personaId,
    UUID ownerId,
    @Valid LeadSource source,
    Stage stage,
    @PositiveOrZero
        @Digits(
            integer = LeadLimits.DEAL_INTEGER_DIGITS,
            fraction = LeadLimits.DEAL_FRACTION_DIGITS)
        BigDecimal dealValue,
    @Valid ConsentRequest consent,
    @Size(max = LeadLimits.TAGS) List<@NotBlank @Size(max = LeadLimits.TAG) String> tags,
    Map<String, Object> attributes,
    @Schema(description = "IANA time zone, e.g. Europe/Paris; absent means the default")
        @Size(max = 64)
        String timeZone,
    @Schema(description = "An advocate's referral code: the lead records who referred it, once")
        @Pattern(regexp = Referrals.PATTERN, message = "must be a referral code")
        String referralCode) {}
