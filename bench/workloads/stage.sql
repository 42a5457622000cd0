-- pgbench: the SQL the service emits for one stage change through the API, statement for
-- statement (captured from PostgreSQL's own log by lib/capture-sql.sh; stage.sh compares that
-- capture with stage.statements and refuses to report a ratio when they differ). Update all three
-- when a feature adds work to a stage change. Today, per request:
--   1. select api_key by prefix                     (authentication, autocommit, no transaction)
--   2. select lead ... for no key update            (JourneyService.change)
--   3. insert stage_transition ... returning id     (the history row; analytics triggers)
--   4. insert domain_event                          (the feed; its trigger plans webhooks)
--   5. update email_outbox set CANCELLED            (emails of the stage left, stop-on-exit rules)
--   6. select email_rule where active and stage     (emails planned for the stage entered)
--   7. update content_assignment set converted_at   (ContentAssignments, on advance/re-engagement)
--   8. select content_item where active             (next content, unless the lead is lost)
--   9. update lead (every column) where id and version
\set n random(1, :leads)
select id, secret_hash, scopes, requests_per_minute, last_used_at, revoked_at from api_key where prefix = :prefix;
BEGIN;
select l1_0.id,l1_0.attributes,l1_0.company,l1_0.consent_status,l1_0.consent_basis,l1_0.consent_source,l1_0.consent_at,l1_0.created_at,l1_0.deal_value,l1_0.email,l1_0.first_name,l1_0.last_name,l1_0.locale,l1_0.owner_id,l1_0.persona_id,l1_0.phone,l1_0.score,l1_0.source_channel,l1_0.source_campaign,l1_0.utm_source,l1_0.utm_medium,l1_0.utm_campaign,l1_0.stage,l1_0.stage_entered_at,l1_0.tags,l1_0.updated_at,l1_0.version,
  case l1_0.stage when 'DISCOVERY' then 'REFLECTION' when 'REFLECTION' then 'DECISION' when 'DECISION' then 'LOST' else 'DISCOVERY' end as next_stage,
  case l1_0.stage when 'DECISION' then 'LOSS' when 'LOST' then 'REENGAGEMENT' else 'ADVANCE' end as next_kind,
  l1_0.stage <> 'DECISION' as advances
  from lead l1_0 where l1_0.id=('b0000000-0000-4000-8001-' || lpad(:n::text, 12, '0'))::uuid for no key update of l1_0 \gset l_
insert into stage_transition (actor_id,actor_type,at,cause_id,cause_type,correlation_id,from_stage,kind,lead_id,reason,to_stage) values (:actor,'API_KEY',now(),null,'MANUAL',gen_random_uuid()::text,:l_stage,:l_next_kind,:l_id,case when :l_advances then null else 'bench' end,:l_next_stage) returning id;
insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, correlation_id, payload) values ('lead.stage_changed', :l_id, now(), 'API_KEY', :actor, gen_random_uuid()::text, jsonb_build_object('from', :l_stage::text, 'to', :l_next_stage::text, 'kind', :l_next_kind::text, 'cause', jsonb_build_object('type', 'MANUAL', 'id', null::text), 'actor', jsonb_build_object('type', 'API_KEY', 'id', :actor::text), 'reason', case when :l_advances then null else 'bench' end, 'at', now()));
update email_outbox set status = 'CANCELLED', reason = 'The lead left the stage', updated_at = now() where lead_id = :l_id and stage = :l_stage and status = 'PENDING' and rule_id in (select r.id from email_rule r where r.stop_on_stage_exit);
select er1_0.id,er1_0.active,er1_0.content_types,er1_0.created_at,er1_0.delay_seconds,er1_0.discount_currency,er1_0.discount_kind,er1_0.discount_value,er1_0.marketing,er1_0.name,er1_0.persona_id,er1_0.stage,er1_0.stop_on_stage_exit,er1_0.template_id,er1_0.updated_at,er1_0.version from email_rule er1_0 where er1_0.active=true and er1_0.stage=:l_next_stage;
\if :l_advances
update content_assignment set converted_at = now() where lead_id = :l_id and stage = :l_stage and converted_at is null;
select ci1_0.id,ci1_0.active,ci1_0.created_at,ci1_0.locale,ci1_0.persona_ids,ci1_0.stages,ci1_0.summary,ci1_0.title,ci1_0.type,ci1_0.updated_at,ci1_0.url,ci1_0.variant_group,ci1_0.variant_weight,ci1_0.version from content_item ci1_0 where ci1_0.active=true;
\endif
update lead set attributes=attributes,company=company,consent_status=consent_status,consent_basis=consent_basis,consent_source=consent_source,consent_at=consent_at,created_at=created_at,deal_value=deal_value,email=email,first_name=first_name,last_name=last_name,locale=locale,owner_id=owner_id,persona_id=persona_id,phone=phone,score=score,source_channel=source_channel,source_campaign=source_campaign,utm_source=utm_source,utm_medium=utm_medium,utm_campaign=utm_campaign,stage=:l_next_stage,stage_entered_at=now(),tags=tags,updated_at=now(),version=:l_version+1 where id=:l_id and version=:l_version;
COMMIT;
