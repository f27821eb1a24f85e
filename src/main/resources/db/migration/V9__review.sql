-- Review and approval (PRODUCT.md capability 7): frozen versions with a content hash, one current decision per
-- reviewer and version (the hash it approved), per-section sign-offs that carry over to unchanged sections.
-- A version's header holds the author's job title, as case_study does since V4.
alter table case_study_version rename column role_title to job_title;
alter table case_study_version add column content_hash varchar(64) not null default '';
alter table case_study_version add column withdrawn_at datetime(3) null;
create index ix_version_case_study_status on case_study_version (case_study_id, status, number);
-- SHA-256 of a section's heading and text as frozen: sign-offs carry over where it is unchanged.
alter table version_section add column content_hash varchar(64) not null default '';
-- One row per reviewer and version: their current decision; changing it updates the row (the activity log keeps
-- every step). The hash is the version's content hash the decision was made on.
alter table approval add column content_hash varchar(64) not null default '';
alter table approval add constraint uk_approval_version_reviewer unique (version_id, reviewer_id);

create table section_signoff (
    id                      bigint auto_increment primary key,
    version_id              bigint       not null,
    version_section_id      bigint       not null,
    reviewer_id             bigint       not null,
    verdict                 varchar(20)  not null,
    note                    varchar(500) not null,
    content_hash            varchar(64)  not null,
    carried_from_version_id bigint       null,
    signed_at               datetime(3)  not null,
    constraint uk_signoff_section_reviewer unique (version_section_id, reviewer_id),
    constraint fk_signoff_version foreign key (version_id) references case_study_version (id),
    constraint fk_signoff_version_section foreign key (version_section_id) references version_section (id),
    constraint fk_signoff_reviewer foreign key (reviewer_id) references account (id),
    constraint fk_signoff_carried_from foreign key (carried_from_version_id) references case_study_version (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_signoff_version on section_signoff (version_id, reviewer_id);
