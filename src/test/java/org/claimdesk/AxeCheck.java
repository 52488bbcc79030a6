package org.claimdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's engine, run inside the page, shadow DOM included) against WCAG 2.1 A and AA. Answers the
 * serious and critical violations as lines a person can act on: page, rule, impact, element.
 */
public final class AxeCheck {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private AxeCheck() {
    }

    public static List<String> blockingViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget() + " "
                            + abbreviated(node.getHtml()) + " | " + node.getFailureSummary());
                }
            }
        }
        return found;
    }

    private static String abbreviated(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
