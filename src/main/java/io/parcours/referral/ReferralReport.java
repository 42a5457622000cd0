package io.parcours.referral;

import io.parcours.lead.Lead;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;

/**
 * Referral in figures: codes issued, leads referred and how many of them bought (entered CUSTOMER
 * at least once), with the share that did.
 */
public record ReferralReport(
    long codesIssued,
    long advocatesWithReferrals,
    long leadsReferred,
    long converted,
    Double rate) {

  static ReferralReport load() {
    Object[] row =
        (Object[])
            Panache.getEntityManager()
                .createNativeQuery(
                    """
                    select (select count(*) from referral_code), count(distinct referred_by),
                      count(*), count(*) filter (where cycle > 0)
                    from lead where referred_by is not null
                    """)
                .getSingleResult();
    long referred = ((Number) row[2]).longValue();
    long converted = ((Number) row[3]).longValue();
    return new ReferralReport(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        referred,
        converted,
        referred == 0 ? null : (double) converted / referred);
  }

  static long referredBy(UUID advocateId) {
    return Lead.count("referredBy", advocateId);
  }
}
