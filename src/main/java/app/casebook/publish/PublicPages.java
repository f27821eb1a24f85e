package app.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public page behind a token, for anyone (no login). Every request looks the token's hash up (so an
 * unpublished page is gone at once, on every node); the rendered HTML of a version never changes and is kept in
 * memory by publication (a bounded cache). Wrong, old and unpublished tokens are all just "empty", after the same
 * hash and one indexed lookup. That lookup is a single statement outside any transaction (autocommit): a read-only
 * transaction around it cost three more round trips to the database per request and held a pooled connection
 * that much longer (docs/benchmarks.md, public page). Only rendering, on a cache miss, reads in a transaction.
 */
@Component
public class PublicPages {

    private static final int CACHE_SIZE = 200;

    /** A page ready to send: its bytes, its entity tag and whether it may be indexed. */
    public record Page(byte[] html, String etag, boolean allowIndexing) {
    }

    private final PublicationRepository repository;
    private final TransactionTemplate readOnly;
    private final Map<Long, Page> rendered = new ConcurrentHashMap<>();

    PublicPages(PublicationRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The page behind a token, or empty for a wrong, old or unpublished token and a deleted case study. */
    public Optional<Page> find(String token) {
        if (!PublicTokens.wellFormed(token)) {
            PublicTokens.hash("x".repeat(43)); // the same work as a well-formed token
            return Optional.empty();
        }
        return repository.findLive(PublicTokens.hash(token)).flatMap(live -> {
            Page page = rendered.get(live.publicationId());
            if (page == null || page.allowIndexing() != live.allowIndexing()) {
                page = readOnly.execute(status -> render(live)).orElse(null);
                if (page == null) {
                    return Optional.empty();
                }
                if (rendered.size() >= CACHE_SIZE) {
                    rendered.clear();
                }
                rendered.put(live.publicationId(), page);
            }
            return Optional.of(page);
        });
    }

    private Optional<Page> render(PublicationRepository.Live live) {
        return repository.versionDocument(live.versionId()).map(d -> {
            byte[] html = DocumentHtml.page(d, DocumentHtml.Target.PAGE, live.allowIndexing())
                    .getBytes(StandardCharsets.UTF_8);
            return new Page(html, etag(html), live.allowIndexing());
        });
    }

    private static String etag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
