package app.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.casebook.account.Account;
import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.activity.ActivityType;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.CaseStudyPurging;
import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The public page as a reader's browser gets it: through the whole filter chain, with no login. */
@CasebookSpringTest
class PublicPageControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PublishService publish;
    @Autowired
    ActivityService activity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    java.time.Clock clock;

    private MockMvc web;
    private Account casey;
    private long caseStudyId;
    private long versionId;

    @BeforeEach
    void publishedVersion() {
        web = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        casey = fixtures.account("Casey");
        caseStudyId = fixtures.importSeed(casey);
        Account riley = fixtures.account("Riley");
        Account robin = fixtures.account("Robin");
        versionId = Versions.of(context).approved(caseStudyId, casey, "Scaling <script>alert(1)</script>",
                List.of(new Document.Part("The Outcome", "Uptime **99.9%** and <b>costs</b> down 40%.\n\n"
                        + "<script>alert('x')</script>")), riley, robin);
    }

    private String publishedPath() {
        return "/" + Fixtures.as(casey, () -> publish.publish(versionId)).path();
    }

    private MvcResult fetch(String path) throws Exception {
        return web.perform(get(path).with(r -> {
            r.setRemoteAddr("10.9." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 200));
            return r;
        })).andReturn();
    }

    @Test
    void an_anonymous_reader_gets_the_version_with_its_approval_and_everything_typed_escaped() throws Exception {
        MvcResult result = fetch(publishedPath());

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Scaling &lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("<strong>99.9%</strong>").contains("&lt;b&gt;costs&lt;/b&gt;")
                .contains("Version 1 · Approved by 2 reviewers on " + java.time.format.DateTimeFormatter.ofPattern(
                        "d MMM yyyy", java.util.Locale.ENGLISH).format(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)))
                .doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void fetching_the_page_creates_no_http_session() throws Exception {
        String path = publishedPath();

        MvcResult first = fetch(path);
        MvcResult missing = fetch("/p/" + "A".repeat(43));

        assertThat(first.getRequest().getSession(false)).isNull();
        assertThat(missing.getRequest().getSession(false)).isNull();
        assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void the_page_is_noindex_by_default_and_indexable_when_the_owner_allows() throws Exception {
        String path = publishedPath();

        MockHttpServletResponse hidden = fetch(path).getResponse();
        Fixtures.as(casey, () -> publish.allowIndexing(caseStudyId, true));
        MockHttpServletResponse open = fetch(path).getResponse();

        assertThat(hidden.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(hidden.getContentAsString()).contains("name=\"robots\" content=\"noindex");
        assertThat(open.getHeader("X-Robots-Tag")).isNull();
        assertThat(open.getContentAsString()).doesNotContain("name=\"robots\"");
    }

    @Test
    void the_page_carries_an_etag_and_public_cache_control_and_answers_304_when_unchanged() throws Exception {
        String path = publishedPath();

        MockHttpServletResponse response = fetch(path).getResponse();
        String etag = response.getHeader("ETag");
        MockHttpServletResponse again = web.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse();

        assertThat(etag).startsWith("\"").hasSizeGreaterThan(10);
        assertThat(response.getHeader("Cache-Control")).contains("max-age=300").contains("public");
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void wrong_old_unpublished_and_deleted_tokens_all_get_the_same_404() throws Exception {
        String old = publishedPath();
        String current = publishedPath();
        assertThat(fetch(old).getResponse().getStatus()).as("replaced by a new publish").isEqualTo(404);
        assertThat(fetch(current).getResponse().getStatus()).isEqualTo(200);

        Fixtures.as(casey, () -> publish.unpublish(caseStudyId));
        MockHttpServletResponse unpublished = fetch(current).getResponse();
        MockHttpServletResponse random = fetch("/p/" + PublicTokens.newToken()).getResponse();
        MockHttpServletResponse malformed = fetch("/p/nonsense").getResponse();

        assertThat(unpublished.getStatus()).isEqualTo(404);
        assertThat(random.getStatus()).isEqualTo(404);
        assertThat(malformed.getStatus()).isEqualTo(404);
        assertThat(unpublished.getContentAsString()).isEqualTo(random.getContentAsString())
                .isEqualTo(malformed.getContentAsString());

        String again = publishedPath();
        Fixtures.as(casey, () -> caseStudiesDelete());
        assertThat(fetch(again).getResponse().getStatus()).as("case study deleted").isEqualTo(404);
    }

    private void caseStudiesDelete() {
        context.getBean(app.casebook.casestudy.CaseStudyService.class).delete(caseStudyId);
    }

    @Test
    void one_address_is_limited_to_its_requests_per_minute() throws Exception {
        String path = publishedPath();
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 130; i++) {
            int status = web.perform(get(path).with(r -> {
                r.setRemoteAddr("10.200.0.7");
                return r;
            })).andReturn().getResponse().getStatus();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(ok).isEqualTo(120);
        assertThat(limited).isEqualTo(10);
    }

    @Test
    void only_an_approved_version_can_be_published() {
        long draft = Versions.of(context).inReview(caseStudyId, casey, "Submitted",
                List.of(new Document.Part("The Outcome", "Costs down 40% in 9 months.")), fixtures.account("Rowan"));

        assertThatThrownBy(() -> Fixtures.as(casey, () -> publish.publish(draft)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approved");
    }

    @Test
    void purging_a_case_study_removes_its_publications() throws Exception {
        String path = publishedPath();

        transactions.executeWithoutResult(s -> events.publishEvent(new CaseStudyPurging(caseStudyId)));

        assertThat(fetch(path).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publishing_and_unpublishing_are_lines_in_the_activity_log_with_who() {
        publishedPath();
        Fixtures.as(casey, () -> publish.unpublish(caseStudyId));

        List<ActivityEntry> lines = Fixtures.as(casey, () -> activity.page(caseStudyId, 0, 2));
        assertThat(lines).extracting(ActivityEntry::type)
                .containsExactly(ActivityType.VERSION_UNPUBLISHED, ActivityType.VERSION_PUBLISHED);
        assertThat(lines).extracting(ActivityEntry::detail)
                .containsExactly("Took the public page offline", "Published v1 on a public page");
        assertThat(lines).extracting(ActivityEntry::actorName).containsOnly("Casey");
    }
}
