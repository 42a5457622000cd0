-- When the dispatcher gave the email to SMTP. A row left SENDING by a crash is UNKNOWN only if it
-- had been handed over; a row claimed but never handed over was certainly not sent and goes back
-- to PENDING.
alter table email_outbox add column handed_over_at timestamptz;
