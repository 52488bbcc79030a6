package org.claimdesk.review;

import java.util.Collection;

/** Whether the reviewers of a claim agree, once at least two have given a verdict. */
public enum Agreement {
    AGREE, SPLIT;

    /** Null while fewer than two verdicts exist. */
    public static Agreement of(Collection<VerdictType> verdicts) {
        if (verdicts.size() < 2) {
            return null;
        }
        return verdicts.stream().distinct().count() == 1 ? AGREE : SPLIT;
    }
}
