-- The approval-service's own state: the POs and check results it has seen, the stages it still
-- waits on, the holds for approvers, the append-only audit trail, and the decisions, which are
-- also the transactional outbox for the topic approval-decisions.

create table purchase_order (
    po_number      varchar(64)    primary key,
    vendor_code    varchar(64)    not null,
    order_date     timestamptz    not null,
    acknowledge_by timestamptz    not null,
    total_units    bigint         not null,
    total_value    numeric(19, 4) not null,
    currency       varchar(3)     not null,
    received_at    timestamptz    not null
);

-- the latest result per (PO, check, subject)
create table check_result (
    po_number   varchar(64) not null,
    check_type  varchar(32) not null,
    subject_id  varchar(64) not null,
    outcome     varchar(16) not null,
    findings    jsonb       not null,
    checked_at  timestamptz not null,
    received_at timestamptz not null,
    primary key (po_number, check_type, subject_id)
);

-- a stage waits for its checks (and its PO) until due_at, then the sweep decides it anyway
create table stage (
    po_number   varchar(64) not null,
    stage       varchar(16) not null,
    shipment_id varchar(64) not null default '',
    opened_at   timestamptz not null,
    due_at      timestamptz not null,
    decided_at  timestamptz,
    outcome     varchar(16),
    primary key (po_number, stage, shipment_id)
);
create index stage_waiting on stage (due_at) where decided_at is null;

create table hold (
    id                 uuid           primary key,
    po_number          varchar(64)    not null,
    vendor_code        varchar(64),
    stage              varchar(16)    not null,
    shipment_id        varchar(64),
    reasons            jsonb          not null,
    value              numeric(19, 4),
    currency           varchar(3),
    units              bigint,
    deadline           timestamptz    not null,
    status             varchar(16)    not null,
    required_approvals int            not null,
    approved_by        text[]         not null default '{}',
    created_at         timestamptz    not null,
    decided_at         timestamptz,
    version            bigint         not null default 0
);
create index hold_by_status_and_deadline on hold (status, deadline);
create index hold_by_po on hold (po_number);

create table audit_event (
    id        bigserial    primary key,
    po_number varchar(64)  not null,
    hold_id   uuid         references hold (id),
    action    varchar(32)  not null,
    actor     varchar(128) not null,
    comment   text,
    at        timestamptz  not null
);
create index audit_event_by_hold on audit_event (hold_id);
create index audit_event_by_po on audit_event (po_number);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

-- every decision, in order; published_at is null until the relay has published it
create table decision (
    seq             bigserial    primary key,
    decision_id     uuid         not null unique,
    po_number       varchar(64)  not null,
    stage           varchar(16)  not null,
    shipment_id     varchar(64),
    outcome         varchar(16)  not null,
    decided_by      varchar(128) not null,
    reasons         jsonb        not null,
    hold_id         uuid         references hold (id),
    comment         text,
    decided_at      timestamptz  not null,
    published_at    timestamptz,
    kafka_partition int,
    kafka_offset    bigint
);
create index decision_unpublished on decision (seq) where published_at is null;
create index decision_by_po on decision (po_number);
