-- Small per-person choices of the screens (issue 10), e.g. how the editor shows text and preview. One row per
-- person and name; a missing row means the default. Kept apart from the account's own columns on purpose.
create table person_preference (
    account_id  bigint       not null,
    name        varchar(50)  not null,
    pref_value  varchar(200) not null,
    updated_at  datetime(3)  not null,
    primary key (account_id, name),
    constraint fk_person_preference_account foreign key (account_id) references account (id) on delete cascade
);
