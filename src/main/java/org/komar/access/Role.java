package org.komar.access;

import static org.komar.access.Permission.AFTERCARE_PLAN;
import static org.komar.access.Permission.ALERT_SUPERVISE;
import static org.komar.access.Permission.AUDIT_READ;
import static org.komar.access.Permission.CASE_OPEN;
import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.CHILD_WRITE;
import static org.komar.access.Permission.DATA_IMPORT;
import static org.komar.access.Permission.DIVERSION_PLAN_WRITE;
import static org.komar.access.Permission.EVENT_RECORD;
import static org.komar.access.Permission.EVENT_VOID;
import static org.komar.access.Permission.HEARING_MONITOR;
import static org.komar.access.Permission.HEARING_SCHEDULE;
import static org.komar.access.Permission.NETWORK_COORDINATE;
import static org.komar.access.Permission.REFERENCE_ADMIN;
import static org.komar.access.Permission.SOCIAL_INQUIRY_WRITE;
import static org.komar.access.Permission.STATISTICS_READ;
import static org.komar.access.Permission.USER_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people who use Komar, each with its permissions and data scope. Deny by default: a permission
 * not listed here is not granted, and an administrator holds no case permission at all.
 */
@org.komar.shared.Labelled("role.user.")
public enum Role {
    POLICE(DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID),
    PROSECUTOR(DataScope.PROVINCE, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID),
    INVESTIGATING_JUDGE(DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID),
    JUDGE(DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID, HEARING_SCHEDULE),
    COURT_CLERK(DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID, HEARING_SCHEDULE),
    DETENTION_OFFICER(DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID),
    SOCIAL_AGENT(DataScope.PROVINCE, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID,
            AFTERCARE_PLAN, SOCIAL_INQUIRY_WRITE, DIVERSION_PLAN_WRITE),
    LAWYER(DataScope.ASSIGNED, CASE_READ, EVENT_RECORD),
    NGO_CASE_WORKER(DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID,
            AFTERCARE_PLAN),
    TRIAL_MONITOR(DataScope.ASSIGNED, HEARING_MONITOR),
    STATISTICIAN(DataScope.NONE, STATISTICS_READ),
    ADMINISTRATOR(DataScope.NONE, USER_ADMIN, REFERENCE_ADMIN, AUDIT_READ, STATISTICS_READ, NETWORK_COORDINATE,
            DATA_IMPORT),
    /** Coordinates the child-justice network (directory, capacity building, surveys); sees no case. */
    NETWORK_COORDINATOR(DataScope.NONE, NETWORK_COORDINATE),
    /**
     * Heads a unit or office (police chief, chief prosecutor, court president, prison or centre director, DoSVY
     * director, NGO director), held beside the person's own role: reads the cases of their agency and receives the
     * breaches nobody acknowledged in time. Their own role may reach further (a chief prosecutor's province).
     */
    SUPERVISOR(DataScope.AGENCY, CASE_READ, ALERT_SUPERVISE);

    private final DataScope scope;
    private final Set<Permission> permissions;

    Role(DataScope scope, Permission first, Permission... rest) {
        this.scope = scope;
        this.permissions = EnumSet.of(first, rest);
    }

    public DataScope scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
