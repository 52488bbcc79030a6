package org.claimdesk.review;

import java.util.List;

/**
 * A claim's discussion as the current user may read it: the visible comments, oldest first, and how many are
 * hidden by blind review until they submit their own verdict.
 */
public record Discussion(List<CommentView> comments, int hidden) {
}
