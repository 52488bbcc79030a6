package org.claimdesk.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.ArchiveStatus;
import org.claimdesk.archive.SourceArchive;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.export.ExportService;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.VerdictView;
import org.claimdesk.security.SystemActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in: published articles' final verdicts, their list and the corrections
 * feed. An article that is not published is indistinguishable from one that does not exist. The guarded services
 * are read as the system actor, and only what a published page shows leaves this class: final decisions, never a
 * reviewer's working verdict, and names only when {@link PublishProperties#reviewerNames()} is on.
 */
@Service
public class PublicFactChecks {

    static final int FEED_SIZE = 100;

    private final PublicationRepository publications;
    private final PublicationService publishing;
    private final ArticleService articles;
    private final ReviewQueries reviews;
    private final ExportService exports;
    private final ClaimDeskProperties properties;
    private final PublishProperties publish;
    private final ArchiveService archives;

    PublicFactChecks(PublicationRepository publications, PublicationService publishing, ArticleService articles,
            ReviewQueries reviews, ExportService exports, ClaimDeskProperties properties, PublishProperties publish,
            ArchiveService archives) {
        this.publications = publications;
        this.publishing = publishing;
        this.articles = articles;
        this.reviews = reviews;
        this.exports = exports;
        this.properties = properties;
        this.publish = publish;
        this.archives = archives;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicFactCheck> page(Long articleId) {
        Optional<PublicationEntry> latest = publications.findFirstByArticleIdOrderByIdDesc(articleId)
                .filter(p -> p.action() == PublicationAction.PUBLISHED);
        return latest.map(p -> SystemActor.call(() -> build(articleId, p)));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedArticle> list() {
        return SystemActor.call(() -> publications.currentlyPublished().stream().map(p -> {
            ArticleSnapshot a = articles.get(p.articleId());
            return new PublishedArticle(a.id(), a.title(), a.publisher(), p.occurredAt(), publishing.pageUrl(a.id()));
        }).toList());
    }

    /** The newest {@value #FEED_SIZE} publications and corrections of the articles public now, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FeedEntry> feed() {
        return SystemActor.call(() -> {
            List<Long> live = publications.currentlyPublished().stream().map(PublicationEntry::articleId).toList();
            List<FeedEntry> entries = new ArrayList<>();
            if (live.isEmpty()) {
                return entries;
            }
            for (PublicationEntry p : publications.publicationsOf(live)) {
                String title = articles.get(p.articleId()).title();
                entries.add(new FeedEntry(tag("publication", p.id()), FeedEntry.Kind.PUBLICATION, p.articleId(),
                        "Published: " + title, "The fact-check of \u201c" + title + "\u201d was published.",
                        publishing.pageUrl(p.articleId()), p.occurredAt()));
            }
            for (Long articleId : live) {
                for (ClaimReview r : reviews.forArticle(articleId)) {
                    corrections(articleId, r).forEach(entries::add);
                }
            }
            entries.sort(Comparator.comparing(FeedEntry::at).reversed().thenComparing(FeedEntry::id));
            return entries.size() > FEED_SIZE ? List.copyOf(entries.subList(0, FEED_SIZE)) : entries;
        });
    }

    /** The organisation named on every public page. */
    @PreAuthorize("permitAll()")
    public String organization() {
        return properties.organization();
    }

    @PreAuthorize("permitAll()")
    public String feedUrl() {
        return properties.publicUrl().replaceAll("/+$", "") + "/fact-checks/feed.atom";
    }

    private Stream<FeedEntry> corrections(Long articleId, ClaimReview r) {
        List<DecisionView> all = r.decisions();
        return all.stream().filter(DecisionView::correction).map(d -> {
            DecisionView before = all.get(d.revision() - 2);
            String changed = before.verdict() == d.verdict() ? "Rating unchanged (" + d.verdict().label() + ")"
                    : "Rating changed from " + before.verdict().label() + " to " + d.verdict().label();
            return new FeedEntry(tag("correction", d.id()), FeedEntry.Kind.CORRECTION, articleId,
                    "Correction: " + r.claim().reviewedText(), changed + ". " + d.correctionNote(),
                    publishing.pageUrl(articleId) + "#claim-" + r.claim().id(), d.createdAt());
        });
    }

    private PublicFactCheck build(Long articleId, PublicationEntry publication) {
        ArticleSnapshot article = articles.get(articleId);
        String pageUrl = publishing.pageUrl(articleId);
        Map<Long, String> markup = exports.claimReviews(articleId, pageUrl);
        List<PublicFactCheck.Claim> claims = reviews.forArticle(articleId).stream()
                .filter(r -> r.decision() != null && !r.claim().dismissed())
                .map(r -> new PublicFactCheck.Claim(r.claim(), r.decisions(), names(r), markup.get(r.claim().id())))
                .toList();
        Map<String, SourceArchive> archived = new HashMap<>(archives.latest(PublicFactCheck.citedUrls(claims)));
        archived.values().removeIf(snapshot -> snapshot.status() != ArchiveStatus.ARCHIVED);
        return new PublicFactCheck(article, properties.organization(), pageUrl, publication.occurredAt(), claims,
                archived);
    }

    private List<String> names(ClaimReview r) {
        if (!publish.reviewerNames()) {
            return List.of();
        }
        return Stream.concat(r.verdicts().stream().map(VerdictView::reviewer),
                r.decisions().stream().map(DecisionView::editor)).distinct().toList();
    }

    /** A stable Atom id: the same entry keeps its id however often the feed is read. */
    private String tag(String kind, Long id) {
        String host = java.net.URI.create(properties.publicUrl()).getHost();
        return "tag:" + (host == null ? "claimdesk" : host) + ",2026:" + kind + "-" + id;
    }
}
