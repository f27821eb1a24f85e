package app.casebook.base;

import app.casebook.account.Account;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the UI tests: the whole application on H2 with a mocked browser (Karibu Testing). Each test starts
 * with a new, anonymous session; {@link #login(Account)} logs a person in the way the login form would.
 */
@CasebookSpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected CaseStudyService caseStudies;

    /** For tests that make the database fail on purpose; test data comes from {@link #fixtures}. */
    @Autowired
    protected DSLContext db;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.casebook");
        }
    }

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Logs {@code account} in: Spring Security's context for the services, and the request's principal and roles
     * for Vaadin's view access checks. Navigate afterwards to see a page as this person.
     */
    protected void login(Account account) {
        Fixtures.login(account);
        login(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Continues with {@code authentication} as the login of the following requests (e.g. one kept in the session). */
    protected static void login(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** A new ordinary account (see {@link Fixtures#account}). */
    protected Account newAccount(String name) {
        return fixtures.account(name);
    }

    /** Imports the seed case study as the logged-in person; returns its id. */
    protected long importSeed() {
        return caseStudies.importText(Fixtures.seedText());
    }

    protected void addMember(long caseStudyId, Account account, MemberRole role) {
        fixtures.addMember(caseStudyId, account, role);
    }

    /** A section of a case study by its heading, read through the service as the logged-in person. */
    protected Section section(long caseStudyId, String heading) {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.heading().equals(heading))
                .findFirst().orElseThrow();
    }

    /**
     * Brings a side panel of the editor to the front, as a click on its tab does ({@code <id>-tab}, e.g.
     * {@code people-tab}); a panel's content is attached, and loads, only while its tab is selected.
     */
    protected static void openPanel(String id) {
        com.vaadin.flow.component.tabs.Tab tab = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId(id + "-tab"));
        com.vaadin.flow.component.tabs.TabSheet sheet = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("editor-panels"));
        sheet.setSelectedTab(tab);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /**
     * Opens an address as a person does by typing it or following a link: the server's router resolves it, so an
     * address without a route shows the "not found" view. ({@code UI.navigate} hands unknown addresses to the
     * browser's router, which Karibu does not have.) Returns the HTTP status the page's first request answers with
     * (404 for the "not found" view).
     */
    protected static int navigate(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }

    /**
     * Types {@code text} into a field as a person does: the browser sends the new value, and the field fires a value
     * change that comes from the client. Refuses a field a person could not type into (hidden, disabled, read-only).
     * (Karibu's {@code _setValue} does the same by reflection, which no longer matches this Vaadin version.)
     */
    protected static void type(AbstractSinglePropertyField<?, String> field, String text) {
        BasicUtilsKt._expectEditableByUser(field);
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", text)
                    .run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("The browser may not change the value of " + field, e);
        }
    }

    /**
     * The rows a browser shows at the top of a grid: what the server has sent it, not what the data provider would
     * answer now. A grid that is not refreshed after a change keeps showing the old rows here, as it would on screen.
     */
    protected static <T> java.util.List<T> shownRows(com.vaadin.flow.component.grid.Grid<T> grid, int count) {
        grid.getDataCommunicator().setViewportRange(0, count);
        MockVaadin.clientRoundtrip(false);
        java.util.List<T> rows = new java.util.ArrayList<>();
        int size = Math.min(count, grid.getDataCommunicator().getItemCount());
        for (int i = 0; i < size; i++) {
            rows.add(grid.getDataCommunicator().getItem(i));
        }
        return rows;
    }
}
