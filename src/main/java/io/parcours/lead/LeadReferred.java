package io.parcours.lead;

import java.util.UUID;

/** A lead came with an advocate's referral code; fired in the transaction that recorded it. */
public record LeadReferred(Lead lead, UUID advocateId) {}
