package org.claimdesk.article;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article's language after import: the one column of an article that changes. The change itself is decided by
 * the caller (who re-splits the claims and checks that no verdict exists); this stores it and its history row.
 */
@Service
public class ArticleLanguageService {

    private final ArticleRepository articles;
    private final ArticleHistoryRepository history;
    private final JsonMapper json;
    private final Clock clock;

    ArticleLanguageService(ArticleRepository articles, ArticleHistoryRepository history, JsonMapper json, Clock clock) {
        this.articles = articles;
        this.history = history;
        this.json = json;
        this.clock = clock;
    }

    /** The two-letter ISO 639-1 code a person asked for ("ES" too), or a clear 400. */
    public static String validCode(String given) {
        String code = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        if (!LanguageCodes.isValid(code)) {
            throw new InvalidInputException("error.article.language-code",
                    given == null ? "" : given.strip());
        }
        return code;
    }

    /**
     * The article, its row locked until the caller's transaction ends: two language changes of one article take
     * turns, and the second sees the first one's claims.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ArticleSnapshot lock(Long articleId) {
        return articles.lockById(articleId).map(ArticleSnapshot::of)
                .orElseThrow(() -> new NotFoundException("error.article.not-found", articleId));
    }

    /** Stores the new language (its search vector follows) and appends who changed it, and which claims it replaced. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ArticleSnapshot change(Long articleId, String language, List<Long> retired, List<Long> created) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NotFoundException("error.article.not-found", articleId));
        String before = article.language();
        String after = validCode(language);
        article.changeLanguage(after);
        history.save(new ArticleHistoryEntry(articleId, ArticleAction.LANGUAGE_CHANGED, CurrentUser.require(),
                clock.instant(), json.writeValueAsString(new LanguageChange.Side(before, retired)),
                json.writeValueAsString(new LanguageChange.Side(after, created))));
        articles.flush();
        return ArticleSnapshot.of(article);
    }

    /**
     * The language changes of a restored article, as its export recorded them (their authors and times); claim ids
     * are the new ones. The article itself already carries the last language.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(Long articleId, List<LanguageChange> changes) {
        for (LanguageChange c : changes) {
            if (c.before() != null) {
                validCode(c.before());
            }
            history.save(new ArticleHistoryEntry(articleId, ArticleAction.LANGUAGE_CHANGED, c.actor(), c.at(),
                    json.writeValueAsString(new LanguageChange.Side(c.before(), c.retiredClaims())),
                    json.writeValueAsString(new LanguageChange.Side(validCode(c.after()), c.createdClaims()))));
        }
    }

    /** Every language change of the article, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LanguageChange> changes(Long articleId) {
        return history.findByArticleIdOrderByIdAsc(articleId).stream()
                .filter(h -> h.action() == ArticleAction.LANGUAGE_CHANGED)
                .map(h -> {
                    LanguageChange.Side before = json.readValue(h.before(), LanguageChange.Side.class);
                    LanguageChange.Side after = json.readValue(h.after(), LanguageChange.Side.class);
                    return new LanguageChange(articleId, h.actor(), h.occurredAt(), before.language(),
                            after.language(), before.claims(), after.claims());
                }).toList();
    }
}
