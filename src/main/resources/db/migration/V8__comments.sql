-- Comments (issue 11): threads on a section or on a quoted passage, replies, mentions, resolve/reopen, suggestions.

-- A thread on a passage keeps a W3C text-quote selector: the quote (anchor_text), a little text before and after it,
-- its position (anchor_offset, UTF-16 code units) and the revision of the section it was made on.
alter table comment_thread add column anchor_prefix varchar(100) null;
alter table comment_thread add column anchor_suffix varchar(100) null;
alter table comment_thread add column anchor_revision_id bigint null;
-- A suggested replacement of the quoted passage, and what became of it (PENDING, APPLIED, DISMISSED).
alter table comment_thread add column suggestion text null;
alter table comment_thread add column suggestion_state varchar(20) null;

-- A comment's Markdown rendered once when written (sanitised HTML), so that a panel of 2,500 comments renders none.
alter table comment add column body_html text null;
-- A deleted comment stays in its thread as "comment deleted": its text is emptied, the row kept.
alter table comment add column deleted_at datetime(3) null;
create index ix_comment_author on comment (author_id);
create index ix_mention_account on comment_mention (account_id);

-- Who resolved or reopened a thread when: reopening keeps the history.
create table comment_resolution (
    id              bigint auto_increment primary key,
    thread_id       bigint       not null,
    resolved        boolean      not null,
    actor_id        bigint       not null,
    created_at      datetime(3)  not null,
    constraint fk_resolution_thread foreign key (thread_id) references comment_thread (id),
    constraint fk_resolution_actor foreign key (actor_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_resolution_thread on comment_resolution (thread_id, id);

-- A revision that applied a suggested change names the person who suggested it (its author applied it).
alter table revision add column suggested_by bigint null;
alter table revision add constraint fk_revision_suggested_by foreign key (suggested_by) references account (id);
