package app.casebook.account;

/** Site-wide role. Access to case studies comes from membership, never from the site role. */
public enum SiteRole {
    USER,
    ADMIN
}
