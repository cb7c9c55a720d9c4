-- Locks of the cluster-wide schedules (ShedLock's JDBC provider): one replica runs each schedule at
-- a time (the 24-hour purge of Upwork content, saved-search refreshes). Times are UTC, taken from
-- the database's clock, so replicas with drifting clocks agree.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
