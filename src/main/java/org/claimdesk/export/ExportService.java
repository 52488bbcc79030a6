package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.Source;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports articles in six formats, streamed to the caller's output. Everything is read through the review
 * and claim services as the current user ({@link ExportReader} for the full JSON), so an export holds nothing
 * that user could not see in the UI.
 * Bulk exports read one article per transaction, so memory stays flat however many articles there are.
 */
@Service
public class ExportService {

    public enum Bulk { NDJSON, ZIP }

    /** {@code allClaims}: ClaimReview also for claims without a final verdict (marked as drafts); {@code excelBom}: CSV starts with a byte-order mark. */
    /** {@code siteUrl}: where the request came to (null: none), used for links when no public URL is configured. */
    public record Options(boolean allClaims, boolean excelBom, String siteUrl) {
        public static final Options DEFAULT = new Options(false, false);

        public Options(boolean allClaims, boolean excelBom) {
            this(allClaims, excelBom, null);
        }

        public Options at(String site) {
            return new Options(allClaims, excelBom, site);
        }
    }

    private final ArticleService articles;
    private final ReviewQueries reviews;
    private final ClaimDeskProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate readOnly;
    private final ArchiveService archives;
    private final ExportReader reader;

    ExportService(ArticleService articles, ReviewQueries reviews, ClaimDeskProperties properties, JsonMapper json,
            PlatformTransactionManager transactions, ArchiveService archives, ExportReader reader) {
        this.articles = articles;
        this.reviews = reviews;
        this.properties = properties;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.archives = archives;
        this.reader = reader;
    }

    /** Throws NotFoundException before a download starts, while an error can still be an HTTP status. */
    @PreAuthorize("isAuthenticated()")
    public void ensureExists(Long articleId) {
        articles.get(articleId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportDocument document(Long articleId) {
        return reader.read(articleId);
    }

    /** One article in one format, streamed to {@code out}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(Long articleId, ExportFormat format, Options options, OutputStream out) {
        try {
            switch (format) {
                case JSON -> json.writer().withDefaultPrettyPrinter().writeValue(out, document(articleId));
                case CLAIMREVIEW -> new ClaimReviewWriter(json).write(data(articleId, options), options.allClaims(), out);
                case CSV -> new CsvWriter().write(data(articleId, options), options.excelBom(), out);
                case MARKDOWN -> new MarkdownWriter().write(data(articleId, options), out);
                case HTML -> new HtmlReportWriter().write(data(articleId, options), out);
                case ANNOTATIONS -> new AnnotationWriter(json).write(data(articleId, options), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ClaimReview JSON-LD for each claim with a final verdict, by claim id, as published at {@code pageUrl}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> claimReviews(Long articleId, String pageUrl) {
        return new ClaimReviewWriter(json).each(data(articleId, Options.DEFAULT), pageUrl);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Long> approvedBetween(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("error.export.range");
        }
        return reviews.articlesApprovedBetween(from, to);
    }

    @PreAuthorize("isAuthenticated()")
    public void writeBulk(List<Long> articleIds, Bulk bulk, OutputStream out) {
        writeBulk(articleIds, bulk, out, done -> { });
    }

    /**
     * Many articles as NDJSON (one JSON export per line) or as a ZIP (JSON and report per article);
     * {@code progress} hears how many articles are written so far.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeBulk(List<Long> articleIds, Bulk bulk, OutputStream out, java.util.function.IntConsumer progress) {
        writeBulk(articleIds, bulk, null, out, progress);
    }

    /** As above; the reports' links start at {@code siteUrl} (where the request came to) when none is configured. */
    @PreAuthorize("isAuthenticated()")
    public void writeBulk(List<Long> articleIds, Bulk bulk, String siteUrl, OutputStream out,
            java.util.function.IntConsumer progress) {
        try {
            if (bulk == Bulk.NDJSON) {
                for (int i = 0; i < articleIds.size(); i++) {
                    Long id = articleIds.get(i);
                    readOnly.executeWithoutResult(s -> writeLine(id, out));
                    progress.accept(i + 1);
                }
                out.flush();
                return;
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            OutputStream entry = unclosable(zip);
            for (int i = 0; i < articleIds.size(); i++) {
                Long id = articleIds.get(i);
                for (ExportFormat format : List.of(ExportFormat.JSON, ExportFormat.HTML)) {
                    zip.putNextEntry(new ZipEntry(format.fileName(id)));
                    readOnly.executeWithoutResult(s -> write(id, format, Options.DEFAULT.at(siteUrl), entry));
                    zip.closeEntry();
                }
                progress.accept(i + 1);
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ZIP as an entry's writer sees it: writes go to the ZIP, and a writer closing it only flushes. */
    private static OutputStream unclosable(ZipOutputStream zip) {
        return new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.flush();
            }
        };
    }

    private void writeLine(Long id, OutputStream out) {
        try {
            out.write(json.writeValueAsBytes(document(id)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportData data(Long articleId, Options options) {
        List<ClaimReview> reviewed = reviews.forArticle(articleId);
        return new ExportData(articles.get(articleId), reviewed, reviews.summary(articleId),
                properties.organization(), properties.publicUrlFor(options.siteUrl()), archives.latest(reviewed.stream()
                        .flatMap(r -> Stream.concat(r.verdicts().stream().flatMap(v -> v.sources().stream()),
                                r.decisions().stream().flatMap(d -> d.sources().stream()))).map(Source::url).toList()));
    }
}
