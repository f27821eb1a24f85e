package app.casebook.casestudy;

import java.util.EnumSet;
import java.util.Set;

/** A person's role on one case study (PRODUCT.md, "People and roles"). */
public enum MemberRole {
    OWNER("Owner", EnumSet.allOf(Permission.class)),
    EDITOR("Editor", EnumSet.of(Permission.READ, Permission.COMMENT, Permission.EDIT, Permission.HISTORY,
            Permission.EXPORT)),
    REVIEWER("Reviewer", EnumSet.of(Permission.READ, Permission.COMMENT, Permission.HISTORY, Permission.REVIEW,
            Permission.EXPORT)),
    VIEWER("Viewer", EnumSet.of(Permission.READ, Permission.COMMENT, Permission.EXPORT));

    private final String label;
    private final Set<Permission> permissions;

    MemberRole(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public String label() {
        return label;
    }
}
