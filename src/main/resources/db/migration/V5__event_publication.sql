-- Spring Modulith's event publication registry (JDBC, schema v2 for MySQL): one row per event and listener that must
-- not miss it, written in the transaction that publishes the event, completed when the listener has run, and
-- resubmitted on start-up when it never was (a crash between commit and delivery). Upper case on purpose: Modulith
-- queries the table unquoted, and MySQL table names are case-sensitive on Linux.
create table EVENT_PUBLICATION (
    ID                     varchar(36)   not null,
    LISTENER_ID            varchar(512)  not null,
    EVENT_TYPE             varchar(512)  not null,
    SERIALIZED_EVENT       varchar(4000) not null,
    PUBLICATION_DATE       timestamp(6)  not null,
    COMPLETION_DATE        timestamp(6)  null,
    STATUS                 varchar(20)   null,
    COMPLETION_ATTEMPTS    int           null,
    LAST_RESUBMISSION_DATE timestamp(6)  null,
    primary key (ID)
) engine=InnoDB default charset=utf8mb4;
create index EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX on EVENT_PUBLICATION (COMPLETION_DATE);
