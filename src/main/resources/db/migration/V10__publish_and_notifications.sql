-- Publish and share (issue 13): notifications stored as a kind plus parameters (the unused prose table of V1 goes),
-- each person's e-mail choice per kind, the outbox of e-mail waiting to be sent, and public pages of versions.

drop table notification;

create table notification (
    id              bigint auto_increment primary key,
    recipient_id    bigint        not null,
    case_study_id   bigint        null,
    kind            varchar(40)   not null,
    actor_id        bigint        null,
    -- the values the text is made from when shown, as URL-encoded key=value pairs (e.g. name=Riley&version=3)
    params          varchar(1000) not null,
    created_at      datetime(3)   not null,
    read_at         datetime(3)   null,
    constraint fk_notification_recipient foreign key (recipient_id) references account (id),
    constraint fk_notification_actor foreign key (actor_id) references account (id),
    constraint fk_notification_case_study foreign key (case_study_id) references case_study (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_notification_recipient on notification (recipient_id, id);
create index ix_notification_unread on notification (recipient_id, read_at);
create index ix_notification_case_study on notification (case_study_id);

-- "E-mail me: immediately / never" per person and kind; no row means the default of the kind.
create table notification_setting (
    account_id      bigint        not null,
    kind            varchar(40)   not null,
    email           boolean       not null,
    primary key (account_id, kind),
    constraint fk_notification_setting_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4;

-- E-mail written in the transaction of what caused it and sent after commit by the outbox sender; kept and
-- retried while the SMTP server is away. The body is emptied once sent (it may hold an invitation link).
create table mail_outbox (
    id              bigint auto_increment primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    created_at      datetime(3)   not null,
    attempts        int           not null default 0,
    next_attempt_at datetime(3)   not null,
    sent_at         datetime(3)   null,
    last_error      varchar(500)  null
) engine=InnoDB default charset=utf8mb4;
create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);

-- A public page of an approved version: the link's token is stored as its SHA-256 (hex), never as itself.
-- Unpublishing keeps the row (unpublished_at) so the link answers 404 for ever; a new publish gives a new token.
create table publication (
    id              bigint auto_increment primary key,
    case_study_id   bigint        not null,
    version_id      bigint        not null,
    token_hash      varchar(64)   not null,
    allow_indexing  boolean       not null default false,
    published_by    bigint        not null,
    published_at    datetime(3)   not null,
    unpublished_at  datetime(3)   null,
    constraint uk_publication_token unique (token_hash),
    constraint fk_publication_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_publication_version foreign key (version_id) references case_study_version (id),
    constraint fk_publication_published_by foreign key (published_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_publication_case_study on publication (case_study_id, unpublished_at);
