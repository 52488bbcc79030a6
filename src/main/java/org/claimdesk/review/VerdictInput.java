package org.claimdesk.review;

import java.util.List;

/** What a reviewer submits (and an editor decides with): a verdict, its rationale, its sources. */
public record VerdictInput(VerdictType verdict, String rationale, List<Source> sources) {

    /** The longest rationale, and the longest correction note an editor may add to a decision. */
    public static final int MAX_RATIONALE = 5000;

}
