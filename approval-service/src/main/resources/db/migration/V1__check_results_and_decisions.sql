create table check_result (
    po_number  varchar(64)  not null,
    check_type varchar(32)  not null,
    subject_id varchar(64)  not null,
    outcome    varchar(16)  not null,
    checked_at timestamptz  not null,
    primary key (po_number, check_type, subject_id)
);

create table decision (
    id          uuid         primary key,
    po_number   varchar(64)  not null,
    stage       varchar(16)  not null,
    shipment_id varchar(64)  not null default '',
    outcome     varchar(16)  not null,
    decided_by  varchar(64)  not null,
    decided_at  timestamptz  not null,
    unique (po_number, stage, shipment_id)
);
