package io.parcours.email.rule;

import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import io.parcours.lead.Stage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An email rule as created or replaced; absent flags default to true. */
public record RuleRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull Stage stage,
    UUID personaId,
    @Schema(description = "ISO-8601 duration after entering the stage, e.g. PT0S or P7D") @NotNull
        String delay,
    @NotNull UUID templateId,
    @Size(max = 10) List<@NotNull ContentType> contentTypes,
    DiscountKind discountKind,
    @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        BigDecimal discountValue,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String discountCurrency,
    Boolean marketing,
    Boolean stopOnStageExit,
    Boolean active) {}
