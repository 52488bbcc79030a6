package org.claimdesk.review;

import java.util.List;

/**
 * What a reviewer submits (and an editor decides with): a verdict, its rationale, its sources, and for a claim with a
 * speaker whether they said it (null when not answered).
 */
public record VerdictInput(VerdictType verdict, String rationale, List<Source> sources, Attribution attribution) {

    public VerdictInput(VerdictType verdict, String rationale, List<Source> sources) {
        this(verdict, rationale, sources, null);
    }

    /** The longest rationale, and the longest correction note an editor may add to a decision. */
    public static final int MAX_RATIONALE = 5000;

}
