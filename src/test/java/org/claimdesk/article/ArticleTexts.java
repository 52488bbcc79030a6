package org.claimdesk.article;

/** The founding example article, for tests and harnesses outside this package. */
public final class ArticleTexts {

    private ArticleTexts() {
    }

    public static String seed() {
        return DemoArticleLoader.seedText();
    }
}
