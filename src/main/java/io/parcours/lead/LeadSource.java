package io.parcours.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Where the lead came from: channel, campaign and the UTM parameters of its first visit. */
@Embeddable
public record LeadSource(
    @Column(name = "source_channel") @Size(max = LeadLimits.CHANNEL) String channel,
    @Column(name = "source_campaign") @Size(max = LeadLimits.CAMPAIGN) String campaign,
    @Column(name = "utm_source") @Size(max = LeadLimits.CAMPAIGN) String utmSource,
    @Column(name = "utm_medium") @Size(max = LeadLimits.CAMPAIGN) String utmMedium,
    @Column(name = "utm_campaign") @Size(max = LeadLimits.CAMPAIGN) String utmCampaign) {}
