package org.claimdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.StartupLock;
import org.claimdesk.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the founding example article, imported once (after the demo accounts exist), also when several
 * instances start together on one database (under the {@link StartupLock}).
 */
@Component
@Order(20)
class DemoArticleLoader implements ApplicationRunner {

    static final String TITLE = "Preparations for Putin-Trump meeting underway, says Waltz";

    private final ArticleService articles;
    private final ClaimDeskProperties properties;
    private final StartupLock startupLock;

    DemoArticleLoader(ArticleService articles, ClaimDeskProperties properties, StartupLock startupLock) {
        this.articles = articles;
        this.properties = properties;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        startupLock.run(() -> SystemActor.run(() -> {
            if (!articles.hasDemoArticle()) {
                articles.importArticle(ArticleDraft.of(TITLE, seedText()), ImportMethod.DEMO);
            }
        }));
    }

    static String seedText() {
        try (InputStream in = DemoArticleLoader.class.getResourceAsStream("putin-trump-meeting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
