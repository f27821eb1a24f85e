package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, asked with a plain HTTP client that keeps no cookies and follows no
 * redirects: what a client without cookies, a forged cross-site form or a stranger on the network gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:http-hardening;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "management.server.port=0",
        "casebook.demo-data=true"})
class HttpHardeningIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    DSLContext db;

    /** A GET as a browser asks for a page. */
    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a load balancer or a metrics scraper asks: no Accept header. */
    private HttpResponse<String> probe(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void session_id_in_url_a_client_without_cookies_is_sent_to_the_login_page_without_a_session_id_in_the_address()
            throws Exception {
        for (String path : new String[] {"/", "/admin", "/account", "/case-studies/1"}) {
            HttpResponse<String> response = get(port, path);
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(location).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
        HttpResponse<String> login = get(port, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void security_headers_the_html_page_carries_csp_nosniff_referrer_policy_and_no_store() throws Exception {
        HttpResponse<String> page = get(port, "/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // The login form sends this token with the POST (vaadin-login-form reads the meta tags).
        assertThat(page.body()).contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_parameter\"");
    }

    @Test
    void login_csrf_a_cross_site_login_with_right_credentials_but_no_token_logs_nobody_in() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=candidate%40casebook.test&password=casebook-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());

        String location = response.headers().firstValue("Location").orElse("");
        assertThat(response.statusCode() == 302 && !location.contains("/login")).as("logged in: " + location)
                .isFalse();
        // The session cookie it may carry is not a logged-in one: the dashboard still sends to the login page.
        String cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
        if (cookie != null) {
            HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/")).header("Cookie", cookie).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(302);
            assertThat(dashboard.headers().firstValue("Location").orElse("")).contains("/login");
        }
    }

    @Test
    void operational_data_open_to_anyone_metrics_are_not_on_the_main_port_but_the_probes_are() throws Exception {
        HttpResponse<String> metrics = probe(port, "/actuator/prometheus");
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes", "jvm_info");
        assertThat(probe(port, "/actuator/health").body()).doesNotContain("\"components\"");

        assertThat(probe(port, "/livez").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = probe(port, "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");

        HttpResponse<String> onManagementPort = probe(managementPort, "/actuator/prometheus");
        assertThat(onManagementPort.statusCode()).isEqualTo(200);
        assertThat(onManagementPort.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void not_found_unknown_addresses_and_case_studies_of_others_answer_404_with_the_same_page() throws Exception {
        long seed = db.fetchSingle("select id from case_study where title = 'Platform Scaling for Hypergrowth'")
                .get(0, Long.class);
        HttpClient admin = logIn("admin@casebook.test");

        HttpResponse<String> stranger = page(admin, "/case-studies/" + seed);
        HttpResponse<String> missing = page(admin, "/case-studies/" + (seed + 100_000));
        assertThat(stranger.statusCode()).as("a case study the admin was not invited to").isEqualTo(404);
        assertThat(missing.statusCode()).as("a case study that does not exist").isEqualTo(404);
        assertThat(stranger.body()).contains("Not found", "There is nothing here, or it is not shared with you.")
                .doesNotContain("Platform Scaling for Hypergrowth");
        assertThat(texts(stranger.body())).as("what the page shows").isEqualTo(texts(missing.body()))
                .contains("Not found · Casebook");
        for (String path : new String[] {"/foo", "/case-studies/abc", "/case-studies/1e3", "/case-studies/1/extra",
                "/invitation"}) {
            HttpResponse<String> response = page(admin, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Not found");
        }

        HttpClient candidate = logIn("candidate@casebook.test");
        assertThat(page(candidate, "/case-studies/" + seed).statusCode()).as("the owner's own").isEqualTo(200);
        assertThat(page(candidate, "/").statusCode()).isEqualTo(200);
    }

    /** A client with its own cookies, logged in through the login form with the demo password. */
    private HttpClient logIn(String email) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page(client, "/login").body());
        assertThat(token.find()).as("the login page's token").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=casebook-demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("login");
        return client;
    }

    private HttpResponse<String> page(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The texts a page shows and its title, as the first request carries them to the browser, in order. */
    private static java.util.List<String> texts(String body) {
        Matcher m = Pattern.compile("\"key\":\"text\",\"feat\":\\d+,\"value\":\"([^\"]*)\"|\\[\"([^\"]*) · Casebook\"")
                .matcher(body);
        java.util.List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1) != null ? m.group(1) : m.group(2) + " · Casebook");
        }
        return texts;
    }
}
