package org.claimdesk.review;

import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ConflictException;
import org.claimdesk.claim.ClaimResplitter;
import org.claimdesk.claim.ClaimsResplit;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an article's language and splits its claims again by that language's rules, only while no verdict (and
 * no decision) exists on the article: after that, reviewers' work is tied to the claims as they are. Editors may
 * change any article's language, everyone else only the articles they imported. It lives here because "no verdict
 * yet" is the review's to know; the article stores the language, the claims re-split themselves.
 */
@Service
public class LanguageChangeService {

    private final ArticleLanguageService languages;
    private final ClaimResplitter resplitter;
    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;

    LanguageChangeService(ArticleLanguageService languages, ClaimResplitter resplitter, VerdictRepository verdicts,
            DecisionRepository decisions) {
        this.languages = languages;
        this.resplitter = resplitter;
        this.verdicts = verdicts;
        this.decisions = decisions;
    }

    /** The article with its new language; unchanged (and nothing re-split) when it already has that language. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public ArticleSnapshot change(Long articleId, String language) {
        String code = ArticleLanguageService.validCode(language);
        ArticleSnapshot article = languages.lock(articleId);
        if (!mayChange(article)) {
            throw new AccessDeniedException("Only editors and the article's importer may change its language.");
        }
        if (code.equals(article.language())) {
            return article;
        }
        resplitter.lockClaims(articleId);
        if (reviewed(articleId)) {
            throw new ConflictException("error.language.reviewed");
        }
        ClaimsResplit resplit = resplitter.resplit(articleId, code);
        return languages.change(articleId, code, resplit.retired(), resplit.created());
    }

    /** Whether the signed-in person may change this article's language now (the article page's control asks). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean changeable(ArticleSnapshot article) {
        return mayChange(article) && !reviewed(article.id());
    }

    private boolean reviewed(Long articleId) {
        return verdicts.existsByArticleId(articleId) || decisions.existsByArticleId(articleId);
    }

    private static boolean mayChange(ArticleSnapshot article) {
        return CurrentUser.hasRole(Role.EDITOR) || CurrentUser.username().filter(article.importedBy()::equals).isPresent();
    }
}
