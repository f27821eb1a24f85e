-- One name per thing (README, glossary). A case study's header holds the author's job title, not a member role;
-- "version" means only a version submitted for review, so the optimistic-lock counters are lock_version; an
-- invitation is withdrawn, not revoked.
alter table case_study rename column role_title to job_title;
update revision set field = 'JOB_TITLE' where field = 'ROLE';
alter table account rename column version to lock_version;
alter table case_study rename column version to lock_version;
alter table section rename column version to lock_version;
alter table comment_thread rename column version to lock_version;
alter table case_study_version rename column version to lock_version;
alter table invitation rename column revoked_at to withdrawn_at;
-- The activity log names what happened by its kind; the detail is the line shown to people.
update activity set type = 'INVITATION_WITHDRAWN' where type = 'INVITATION_REVOKED';
