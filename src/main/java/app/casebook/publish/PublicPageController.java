package app.casebook.publish;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /p/<token>}: the public page of a published version, plain HTML from this controller, with no Vaadin
 * and no HTTP session (see {@link PublicPageSecurity}). {@code noindex} unless the owner allowed indexing; an ETag
 * and {@code Cache-Control: public} so a proxy may keep it for a few minutes; a per-address rate limit (Bucket4j,
 * {@code casebook.public.requests-per-minute}). Every kind of wrong token gets the same 404 page.
 */
@RestController
class PublicPageController {

    static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"robots\" content=\"noindex\"><title>Not found</title></head><body><h1>Not found</h1>"
            + "<p>This page does not exist or is no longer published.</p></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final int MAX_ADDRESSES = 100_000;

    private final PublicPages pages;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicPageController(PublicPages pages, @Value("${casebook.public.requests-per-minute:120}") int perMinute) {
        this.pages = pages;
        this.perMinute = perMinute;
    }

    @GetMapping("/p/{token}")
    ResponseEntity<byte[]> page(@PathVariable String token, HttpServletRequest request) {
        if (!bucket(request.getRemoteAddr()).tryConsume(1)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(MediaType.TEXT_PLAIN).body("Too many requests; try again in a minute.\n".getBytes());
        }
        Optional<PublicPages.Page> found = pages.find(token);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .cacheControl(CacheControl.noStore()).body(NOT_FOUND);
        }
        PublicPages.Page page = found.get();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        boolean unchanged = ifNoneMatch != null && ifNoneMatch.contains(page.etag());
        ResponseEntity.BodyBuilder ok = ResponseEntity.status(unchanged ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .contentType(HTML)
                .eTag(page.etag())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        if (!page.allowIndexing()) {
            ok.header("X-Robots-Tag", "noindex, nofollow");
        }
        return unchanged ? ok.build() : ok.body(page.html());
    }

    private Bucket bucket(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
