-- The Upwork organization a proposal was sent under (the author's chosen organization at the click,
-- or where the outcome sync found it): Upwork shows a proposal only in its own organization, so the
-- sync asks there even after the author chose another one. Null while unknown (sent by hand and not
-- found yet, or sent before this column existed): then the author's current organization is asked.
-- `upwork_organization_known` with a null id means the author's own (personal) account.
alter table proposals add column upwork_organization_known boolean not null default false;
alter table proposals add column upwork_organization_id varchar(40);
alter table proposals add check (upwork_organization_known or upwork_organization_id is null);

-- The outcome sync asks first for the proposals it asked about longest ago (never asked first).
create index proposals_outcome_sync_order_idx on proposals (outcome_synced_at nulls first, sent_at)
    where state in ('SENT', 'VIEWED', 'REPLIED', 'INTERVIEW', 'SEND_UNKNOWN');
