-- Ending a person's sessions: every login remembers the account's session epoch; disabling the account, resetting
-- its password or the person changing their own password raises it, and sessions with a lower epoch end
-- (app.casebook.security.SessionGuard). A password set by an administrator must be changed at the next login.
alter table account add column session_epoch int not null default 0;
alter table account add column must_change_password boolean not null default false;
