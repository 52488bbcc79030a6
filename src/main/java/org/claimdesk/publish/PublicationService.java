package org.claimdesk.publish;

import java.time.Clock;
import java.util.List;

import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors publish an article's review to its public page ({@code /fact-checks/{id}}) and take it down again; each
 * is an append-only history row written with the article locked against a second editor doing the same at once.
 */
@Service
public class PublicationService {

    private final ArticleService articles;
    private final ReviewQueries reviews;
    private final PublicationRepository publications;
    private final ClaimDeskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(ArticleService articles, ReviewQueries reviews, PublicationRepository publications,
            ClaimDeskProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.reviews = reviews;
        this.publications = publications;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public PublicationState publish(Long articleId) {
        ArticleSnapshot article = articles.get(articleId);
        publications.lockArticle(articleId);
        if (isPublished(articleId)) {
            throw new ConflictException("error.publish.already");
        }
        boolean decided = reviews.forArticle(articleId).stream()
                .anyMatch(r -> r.decision() != null && !r.claim().dismissed());
        if (!decided) {
            throw new InvalidInputException("error.publish.nothing");
        }
        PublicationEntry saved = publications.saveAndFlush(new PublicationEntry(articleId, PublicationAction.PUBLISHED,
                CurrentUser.require(), clock.instant()));
        events.publishEvent(new ArticlePublished(articleId, article.title(), pageUrl(articleId), saved.actor(),
                saved.occurredAt()));
        return state(articleId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public PublicationState unpublish(Long articleId) {
        articles.get(articleId);
        publications.lockArticle(articleId);
        if (!isPublished(articleId)) {
            throw new ConflictException("error.publish.not-published");
        }
        publications.saveAndFlush(new PublicationEntry(articleId, PublicationAction.UNPUBLISHED, CurrentUser.require(),
                clock.instant()));
        return state(articleId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PublicationState state(Long articleId) {
        articles.get(articleId);
        List<PublicationEvent> history = publications.findByArticleIdOrderByIdAsc(articleId).stream()
                .map(PublicationEntry::view).toList();
        boolean published = !history.isEmpty() && history.getLast().action() == PublicationAction.PUBLISHED;
        return new PublicationState(articleId, published, published ? history.getLast().at() : null,
                pageUrl(articleId), history);
    }

    boolean isPublished(Long articleId) {
        return publications.findFirstByArticleIdOrderByIdDesc(articleId)
                .map(p -> p.action() == PublicationAction.PUBLISHED).orElse(false);
    }

    String pageUrl(Long articleId) {
        return properties.publicUrl().replaceAll("/+$", "") + "/fact-checks/" + articleId;
    }
}
