-- Casebook schema: the whole of PRODUCT.md. MySQL 8 syntax that also runs on H2 (MODE=MySQL) and MariaDB.
-- Timestamps are UTC, written by the application.

create table account (
    id              bigint auto_increment primary key,
    email           varchar(254) not null,
    display_name    varchar(100) not null,
    password_hash   varchar(255) not null,
    site_role       varchar(20)  not null default 'USER',
    enabled         boolean      not null default true,
    failed_logins   int          not null default 0,
    locked_until    datetime(3)  null,
    created_at      datetime(3)  not null,
    last_login_at   datetime(3)  null,
    version         int          not null default 0,
    constraint uk_account_email unique (email)
) engine=InnoDB default charset=utf8mb4;

create table app_setting (
    name            varchar(100) not null primary key,
    setting_value   varchar(1000) not null
) engine=InnoDB default charset=utf8mb4;

create table template (
    id              bigint auto_increment primary key,
    code            varchar(50)  not null,
    name            varchar(200) not null,
    description     varchar(1000) not null,
    constraint uk_template_code unique (code)
) engine=InnoDB default charset=utf8mb4;

create table template_section (
    id              bigint auto_increment primary key,
    template_id     bigint       not null,
    position        int          not null,
    heading         varchar(200) not null,
    guidance        text         not null,
    min_words       int          not null,
    max_words       int          not null,
    outcome         boolean      not null default false,
    constraint fk_template_section_template foreign key (template_id) references template (id),
    constraint uk_template_section_position unique (template_id, position)
) engine=InnoDB default charset=utf8mb4;

create table case_study (
    id              bigint auto_increment primary key,
    owner_id        bigint       not null,
    template_id     bigint       null,
    title           varchar(200) not null,
    role_title      varchar(200) not null,
    context_line    varchar(300) not null,
    headline        varchar(500) not null,
    status          varchar(30)  not null default 'DRAFT',
    created_at      datetime(3)  not null,
    updated_at      datetime(3)  not null,
    updated_by      bigint       null,
    deleted_at      datetime(3)  null,
    version         int          not null default 0,
    constraint fk_case_study_owner foreign key (owner_id) references account (id),
    constraint fk_case_study_template foreign key (template_id) references template (id),
    constraint fk_case_study_updated_by foreign key (updated_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_case_study_owner on case_study (owner_id, updated_at);

create table case_study_member (
    case_study_id   bigint       not null,
    account_id      bigint       not null,
    role            varchar(20)  not null,
    added_at        datetime(3)  not null,
    added_by        bigint       null,
    primary key (case_study_id, account_id),
    constraint fk_member_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_member_account foreign key (account_id) references account (id),
    constraint fk_member_added_by foreign key (added_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_member_account on case_study_member (account_id, case_study_id);

create table section (
    id              bigint auto_increment primary key,
    case_study_id   bigint       not null,
    position        int          not null,
    heading         varchar(200) not null,
    body            mediumtext   not null,
    guidance        text         null,
    min_words       int          null,
    max_words       int          null,
    outcome         boolean      not null default false,
    current_revision_id bigint   null,
    updated_at      datetime(3)  not null,
    updated_by      bigint       null,
    deleted_at      datetime(3)  null,
    version         int          not null default 0,
    constraint fk_section_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_section_updated_by foreign key (updated_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_section_case_study on section (case_study_id, position);

-- Every saved change. A header change has no section and names its field.
create table revision (
    id              bigint auto_increment primary key,
    case_study_id   bigint       not null,
    section_id      bigint       null,
    field           varchar(20)  not null,
    kind            varchar(20)  not null,
    author_id       bigint       not null,
    created_at      datetime(3)  not null,
    base_revision_id bigint      null,
    heading         varchar(200) null,
    body            mediumtext   not null,
    words_added     int          not null default 0,
    words_removed   int          not null default 0,
    constraint fk_revision_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_revision_section foreign key (section_id) references section (id),
    constraint fk_revision_author foreign key (author_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_revision_section on revision (section_id, id);
create index ix_revision_case_study on revision (case_study_id, id);

-- "Changed since I last looked": the newest revision a person had seen of a case study.
create table case_study_visit (
    account_id      bigint       not null,
    case_study_id   bigint       not null,
    last_seen_revision_id bigint not null,
    visited_at      datetime(3)  not null,
    primary key (account_id, case_study_id),
    constraint fk_visit_account foreign key (account_id) references account (id),
    constraint fk_visit_case_study foreign key (case_study_id) references case_study (id)
) engine=InnoDB default charset=utf8mb4;

create table invitation (
    id              bigint auto_increment primary key,
    case_study_id   bigint       null,
    email           varchar(254) not null,
    role            varchar(20)  not null,
    token_hash      varchar(64)  not null,
    invited_by      bigint       not null,
    created_at      datetime(3)  not null,
    expires_at      datetime(3)  not null,
    accepted_at     datetime(3)  null,
    accepted_by     bigint       null,
    revoked_at      datetime(3)  null,
    constraint uk_invitation_token unique (token_hash),
    constraint fk_invitation_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_invitation_invited_by foreign key (invited_by) references account (id),
    constraint fk_invitation_accepted_by foreign key (accepted_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_invitation_case_study on invitation (case_study_id, created_at);

create table comment_thread (
    id              bigint auto_increment primary key,
    case_study_id   bigint       not null,
    section_id      bigint       not null,
    created_by      bigint       not null,
    created_at      datetime(3)  not null,
    anchor_text     varchar(1000) null,
    anchor_offset   int          null,
    outdated        boolean      not null default false,
    status          varchar(20)  not null default 'OPEN',
    resolved_by     bigint       null,
    resolved_at     datetime(3)  null,
    version         int          not null default 0,
    constraint fk_thread_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_thread_section foreign key (section_id) references section (id),
    constraint fk_thread_created_by foreign key (created_by) references account (id),
    constraint fk_thread_resolved_by foreign key (resolved_by) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_thread_section on comment_thread (section_id, status);
create index ix_thread_case_study on comment_thread (case_study_id, id);

create table comment (
    id              bigint auto_increment primary key,
    thread_id       bigint       not null,
    author_id       bigint       not null,
    body            text         not null,
    created_at      datetime(3)  not null,
    edited_at       datetime(3)  null,
    constraint fk_comment_thread foreign key (thread_id) references comment_thread (id),
    constraint fk_comment_author foreign key (author_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_comment_thread on comment (thread_id, id);

create table comment_mention (
    comment_id      bigint       not null,
    account_id      bigint       not null,
    primary key (comment_id, account_id),
    constraint fk_mention_comment foreign key (comment_id) references comment (id),
    constraint fk_mention_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4;

-- Unread comments: the newest comment a person has read on a case study.
create table comment_read (
    account_id      bigint       not null,
    case_study_id   bigint       not null,
    last_read_comment_id bigint  not null,
    primary key (account_id, case_study_id),
    constraint fk_comment_read_account foreign key (account_id) references account (id),
    constraint fk_comment_read_case_study foreign key (case_study_id) references case_study (id)
) engine=InnoDB default charset=utf8mb4;

-- A version is a frozen, numbered snapshot of the whole case study, submitted for review.
create table case_study_version (
    id              bigint auto_increment primary key,
    case_study_id   bigint       not null,
    number          int          not null,
    note            varchar(2000) not null,
    status          varchar(30)  not null,
    title           varchar(200) not null,
    role_title      varchar(200) not null,
    context_line    varchar(300) not null,
    headline        varchar(500) not null,
    submitted_by    bigint       not null,
    submitted_at    datetime(3)  not null,
    decided_at      datetime(3)  null,
    public_token    varchar(64)  null,
    published_at    datetime(3)  null,
    published_by    bigint       null,
    version         int          not null default 0,
    constraint uk_version_number unique (case_study_id, number),
    constraint uk_version_public_token unique (public_token),
    constraint fk_version_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_version_submitted_by foreign key (submitted_by) references account (id),
    constraint fk_version_published_by foreign key (published_by) references account (id)
) engine=InnoDB default charset=utf8mb4;

create table version_section (
    id              bigint auto_increment primary key,
    version_id      bigint       not null,
    section_id      bigint       null,
    revision_id     bigint       null,
    position        int          not null,
    heading         varchar(200) not null,
    body            mediumtext   not null,
    constraint fk_version_section_version foreign key (version_id) references case_study_version (id),
    constraint fk_version_section_section foreign key (section_id) references section (id),
    constraint fk_version_section_revision foreign key (revision_id) references revision (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_version_section on version_section (version_id, position);

create table version_reviewer (
    version_id      bigint       not null,
    reviewer_id     bigint       not null,
    primary key (version_id, reviewer_id),
    constraint fk_version_reviewer_version foreign key (version_id) references case_study_version (id),
    constraint fk_version_reviewer_account foreign key (reviewer_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_version_reviewer_account on version_reviewer (reviewer_id);

create table approval (
    id              bigint auto_increment primary key,
    version_id      bigint       not null,
    reviewer_id     bigint       not null,
    decision        varchar(30)  not null,
    comment         text         not null,
    decided_at      datetime(3)  not null,
    constraint fk_approval_version foreign key (version_id) references case_study_version (id),
    constraint fk_approval_reviewer foreign key (reviewer_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_approval_version on approval (version_id, reviewer_id);

create table activity (
    id              bigint auto_increment primary key,
    case_study_id   bigint       not null,
    actor_id        bigint       null,
    type            varchar(50)  not null,
    detail          varchar(1000) not null,
    created_at      datetime(3)  not null,
    constraint fk_activity_case_study foreign key (case_study_id) references case_study (id),
    constraint fk_activity_actor foreign key (actor_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_activity_case_study on activity (case_study_id, id);

create table notification (
    id              bigint auto_increment primary key,
    recipient_id    bigint       not null,
    case_study_id   bigint       null,
    type            varchar(50)  not null,
    message         varchar(1000) not null,
    link            varchar(500) null,
    created_at      datetime(3)  not null,
    read_at         datetime(3)  null,
    constraint fk_notification_recipient foreign key (recipient_id) references account (id),
    constraint fk_notification_case_study foreign key (case_study_id) references case_study (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_notification_recipient on notification (recipient_id, read_at, id);

-- Site-wide audit log for administrators: logins, lock-outs, account changes.
create table audit_log (
    id              bigint auto_increment primary key,
    actor_id        bigint       null,
    action          varchar(50)  not null,
    target          varchar(254) null,
    detail          varchar(1000) not null,
    client_address  varchar(64)  null,
    created_at      datetime(3)  not null,
    constraint fk_audit_actor foreign key (actor_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_audit_created on audit_log (created_at);
