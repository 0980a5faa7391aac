package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.Test;

/**
 * The roles' permissions and reach exactly as docs/security.md states them. The authorization matrix derives its
 * expectations from {@link Role}; this pins {@link Role} itself, so that widening a role is a deliberate change of
 * this test and of the documentation, never a side effect.
 */
class RolePermissionsTest {

    @Test
    void each_role_holds_exactly_the_documented_permissions_and_reach() {
        expect(Role.POLICE, DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID);
        expect(Role.PROSECUTOR, DataScope.PROVINCE, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID);
        expect(Role.INVESTIGATING_JUDGE, DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID);
        expect(Role.JUDGE, DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID, HEARING_SCHEDULE);
        expect(Role.COURT_CLERK, DataScope.PROVINCE, CASE_READ, EVENT_RECORD, EVENT_VOID, HEARING_SCHEDULE);
        expect(Role.DETENTION_OFFICER, DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD,
                EVENT_VOID);
        expect(Role.SOCIAL_AGENT, DataScope.PROVINCE, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD, EVENT_VOID,
                AFTERCARE_PLAN, SOCIAL_INQUIRY_WRITE, DIVERSION_PLAN_WRITE);
        expect(Role.LAWYER, DataScope.ASSIGNED, CASE_READ, EVENT_RECORD);
        expect(Role.NGO_CASE_WORKER, DataScope.AGENCY, CHILD_WRITE, CASE_OPEN, CASE_READ, EVENT_RECORD,
                EVENT_VOID, AFTERCARE_PLAN);
        expect(Role.TRIAL_MONITOR, DataScope.ASSIGNED, HEARING_MONITOR);
        expect(Role.STATISTICIAN, DataScope.NONE, STATISTICS_READ);
        expect(Role.ADMINISTRATOR, DataScope.NONE, USER_ADMIN, REFERENCE_ADMIN, AUDIT_READ, STATISTICS_READ,
                NETWORK_COORDINATE, DATA_IMPORT);
        expect(Role.NETWORK_COORDINATOR, DataScope.NONE, NETWORK_COORDINATE);
        expect(Role.SUPERVISOR, DataScope.AGENCY, CASE_READ, ALERT_SUPERVISE);
    }

    @Test
    void nobody_without_case_reach_reads_children_and_the_administrator_holds_no_case_permission() {
        for (Role role : Role.values()) {
            if (role.scope() == DataScope.NONE) {
                assertThat(role.permissions()).as(role.name())
                        .doesNotContain(CASE_READ, CHILD_WRITE, CASE_OPEN, EVENT_RECORD, EVENT_VOID);
            }
        }
    }

    private final Set<Role> pinned = EnumSet.noneOf(Role.class);

    @org.junit.jupiter.api.AfterEach
    void everyRoleIsPinned() {
        if (!pinned.isEmpty()) {
            assertThat(pinned).as("roles whose permissions this test states").containsExactlyInAnyOrder(Role.values());
        }
    }

    private void expect(Role role, DataScope scope, Permission first, Permission... rest) {
        pinned.add(role);
        Set<Permission> expected = EnumSet.of(first, rest);
        assertThat(role.permissions()).as(role.name()).isEqualTo(expected);
        assertThat(role.scope()).as(role.name()).isEqualTo(scope);
    }
}
