package io.parcours.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Where the lead came from: channel, campaign and the UTM parameters of its first visit. */
@Embeddable
public record LeadSource(
    @Column(name = "source_channel") @Size(max = 50) String channel,
    @Column(name = "source_campaign") @Size(max = 200) String campaign,
    @Column(name = "utm_source") @Size(max = 200) String utmSource,
    @Column(name = "utm_medium") @Size(max = 200) String utmMedium,
    @Column(name = "utm_campaign") @Size(max = 200) String utmCampaign) {}
