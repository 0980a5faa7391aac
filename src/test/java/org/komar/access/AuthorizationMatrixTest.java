package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.cases.PartyFunction;
import org.komar.child.Child;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.komar.support.SubjectCase;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} call as every role, on a case in scope and on one out of scope, and without a token, with
 * the exact status expected: the success status where the role's permissions allow and the case is in reach, 403
 * where a permission is missing, 404 out of scope, 401 without a token; lists and searches never show what is out
 * of scope. The calls come from the {@link ApiCallRows} of every module, and a mapped call without a row fails.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    private static final String PROVINCE = "12";
    private static final String OTHER_PROVINCE = "17";
    private static final String DISTANT_PROVINCE = "01";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseService cases;

    @Autowired
    ApiTokens apiTokens;

    @Test
    void every_api_call_that_is_mapped_has_a_row_in_the_matrix_and_every_row_is_mapped() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + pattern))));
        Set<String> rows = rows().stream().map(ApiCall::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(mapped).as("API calls without a row in the authorization matrix: add them to an ApiCallRows"
                + " class in the module's test package (see org.komar.support.ApiCallRows)").isSubsetOf(rows);
        assertThat(rows).as("matrix rows for calls that are not mapped (renamed or removed?)").isSubsetOf(mapped);
    }

    @TestFactory
    Stream<DynamicNode> every_role_against_every_api_call_in_and_out_of_scope_and_without_a_token() throws Exception {
        World world = new World();
        List<DynamicNode> nodes = new ArrayList<>();
        for (ApiCall call : rows()) {
            List<DynamicNode> checks = new ArrayList<>();
            if (call.reach() != Reach.PUBLIC) {
                checks.add(DynamicTest.dynamicTest("without a token: 401", () -> {
                    MockHttpServletResponse response = mvc.perform(call.request().build(world.target(world.owner)))
                            .andReturn().getResponse();
                    assertThat(response.getStatus()).as(call.key() + " without a token").isEqualTo(401);
                    assertThat(response.getContentAsString()).contains("UNAUTHENTICATED");
                }));
            }
            for (Role role : Role.values()) {
                for (boolean inScope : new boolean[] {true, false}) {
                    int expected = expectedStatus(call, role, inScope);
                    String name = role + (inScope ? " in scope" : " out of scope") + ": " + expected;
                    checks.add(DynamicTest.dynamicTest(name, () -> check(world, call, role, inScope, expected)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(call.key(), checks));
        }
        return nodes.stream();
    }

    private void check(World world, ApiCall call, Role role, boolean inScope, int expected) throws Exception {
        Actor caller = inScope ? world.inScope.get(role) : world.outOfScope.get(role);
        MockHttpServletRequestBuilder request = call.request().build(world.target(caller));
        if (call.reach() != Reach.PUBLIC) {
            request.header("Authorization", world.tokens.get(caller.username()));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        String what = call.key() + " as " + role + (inScope ? " in scope" : " out of scope");
        assertThat(response.getStatus()).as(what + ": " + body).isEqualTo(expected);
        if (call.reach() == Reach.SEARCH && expected == call.success()) {
            if (reaches(role, inScope)) {
                assertThat(body).as(what + " finds the case or child in scope")
                        .containsAnyOf(world.kase.id().toString(), world.child.id().toString());
            } else {
                assertThat(body).as(what + " shows nothing out of scope")
                        .doesNotContain(world.kase.id().toString(), world.child.id().toString(),
                                world.child.nameLatin(), world.child.nameKhmer());
            }
        }
    }

    /** What the call must answer: permissions first (403), then scope (404), else success. */
    static int expectedStatus(ApiCall call, Role role, boolean inScope) {
        if (call.reach() == Reach.PUBLIC) {
            return call.success();
        }
        if (!call.permissions().stream().allMatch(role::grants)) {
            return 403;
        }
        if (call.reach() == Reach.SUBJECT && !reaches(role, inScope)) {
            return 404;
        }
        return call.success();
    }

    /** Roles without any data scope never reach a case, whatever is set up for them. */
    private static boolean reaches(Role role, boolean inScope) {
        return inScope && role.scope() != DataScope.NONE;
    }

    static List<ApiCall> rows() {
        return ApiCallRows.all();
    }

    /**
     * A case in province 12 opened by a police officer; for each role a caller who reaches it the way that role
     * reaches cases (agency party from another province, same province, or personal assignment from another
     * province), and one in a third province who does not.
     */
    private final class World {

        final Actor owner = fixtures.actor(Role.POLICE, PROVINCE);
        final Child child;
        final CaseView kase;
        final Map<Role, Actor> inScope = new EnumMap<>(Role.class);
        final Map<Role, Actor> outOfScope = new EnumMap<>(Role.class);
        final Map<String, String> tokens = new java.util.HashMap<>();

        World() throws Exception {
            String unique = Fixtures.unique("m").replaceAll("[^A-Za-z]", "").toLowerCase();
            child = fixtures.child(owner, "Matrix Dara" + unique, "ម៉ាទ្រីស ដារា" + khmerLetters(unique), "M",
                    java.time.LocalDate.now(clock).minusYears(15));
            kase = fixtures.conflictCase(owner, child);
            for (Role role : Role.values()) {
                inScope.put(role, reaching(role));
                outOfScope.put(role, fixtures.actor(role, OTHER_PROVINCE));
            }
            for (Actor actor : all()) {
                // Issued directly: the token call itself is a row of the matrix, and each one costs an Argon2 check.
                tokens.put(actor.username(), "Bearer " + apiTokens.issue(actor.userId()).token());
            }
        }

        private Actor reaching(Role role) {
            return switch (role.scope()) {
                case AGENCY -> {
                    Actor actor = fixtures.actor(role, DISTANT_PROVINCE);
                    cases.grantAgency(kase.id(), actor.agencyId(), PartyFunction.SERVICE_PROVIDER);
                    yield actor;
                }
                case ASSIGNED -> {
                    Actor actor = fixtures.actor(role, DISTANT_PROVINCE);
                    cases.addParty(owner, kase.id(), new OpenCase.NewParty(null, actor.username(),
                            role == Role.LAWYER ? "LEGAL_AID" : "TRIAL_MONITORING"));
                    yield actor;
                }
                case PROVINCE, NONE -> fixtures.actor(role, PROVINCE);
            };
        }

        private Collection<Actor> all() {
            List<Actor> actors = new ArrayList<>(inScope.values());
            actors.addAll(outOfScope.values());
            actors.add(owner);
            return actors;
        }

        ApiTarget target(Actor caller) {
            return new SubjectCase(caller, owner, kase.id(), child, fixtures, context, clock);
        }
    }

    /** Latin letters spelled as Khmer consonants, so that the child's Khmer name is unique too. */
    private static String khmerLetters(String latin) {
        StringBuilder khmer = new StringBuilder();
        latin.chars().forEach(c -> khmer.append((char) ('ក' + (c % 33))));
        return khmer.toString();
    }
}
