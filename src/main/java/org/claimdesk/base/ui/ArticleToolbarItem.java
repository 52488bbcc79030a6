package org.claimdesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to an article's view (the export links, say) without the view knowing the feature:
 * a Spring bean that makes a component for an article.
 */
public interface ArticleToolbarItem {

    Component create(Long articleId);
}
