-- "Forgot password": single-use, expiring links to choose a new password. Only a hash of the token is stored.
create table password_reset (
    id              bigint auto_increment primary key,
    account_id      bigint       not null,
    token_hash      varchar(64)  not null,
    created_at      datetime(3)  not null,
    expires_at      datetime(3)  not null,
    used_at         datetime(3)  null,
    constraint uk_password_reset_token unique (token_hash),
    constraint fk_password_reset_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4;
create index ix_password_reset_account on password_reset (account_id, created_at);
