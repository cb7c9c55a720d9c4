-- A member's link keeps its tokens here under the principal 'tenant:<tenant>:user:<user>'; the two
-- columns name that owner, so the tokens go when the agency or the person does. Sign-in tokens
-- (principal = the Upwork user id, before the person enters an agency) leave them null.
alter table upwork_authorized_clients
    add column tenant_id uuid references tenants (id) on delete cascade,
    add column user_id   uuid references users (id) on delete cascade;
create index upwork_authorized_clients_tenant_idx on upwork_authorized_clients (tenant_id, user_id);
