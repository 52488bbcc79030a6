package org.claimdesk.review;

import java.util.List;
import java.util.function.Supplier;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test fixtures: an imported article of exactly n claims, and work done as a named reviewer or editor. */
final class ArticleOfSize {

    private ArticleOfSize() {
    }

    /** One sentence per claim, numbered, so the splitter gives exactly {@code claims} claims. */
    static List<ClaimView> imported(ArticleService articles, ClaimService claims, String title, int size) {
        return SystemActor.call(() -> {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= size; i++) {
                text.append("Region ").append(i).append(" reported that output rose ").append(i % 9 + 1)
                        .append("% in 2025, the ministry said. ");
                if (i % 10 == 0) {
                    text.append('\n');
                }
            }
            Long id = articles.importArticle(ArticleDraft.of(title, text.toString()), ImportMethod.PASTE).id();
            List<ClaimView> found = claims.forArticle(id);
            if (found.size() != size) {
                throw new IllegalStateException("expected " + size + " claims, the splitter gave " + found.size());
            }
            return found;
        });
    }

    /** A verdict of that type, with a source where the type needs one (on loopback: archiving it fetches nothing). */
    static VerdictInput verdict(VerdictType type) {
        return new VerdictInput(type, "Checked against the statistics office.", !type.needsSource() ? List.of()
                : List.of(new Source("http://127.0.0.1:9/output-statistics", "Output statistics", "Output rose 1%.",
                        null, Stance.CONTEXT)));
    }

    static <T> T as(String user, String role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
