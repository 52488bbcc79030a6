package org.claimdesk.review;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** Blind review: a reviewer sees others' verdicts on a claim only once they have submitted their own. */
final class Visibility {

    private Visibility() {
    }

    static boolean seesAll(boolean blind, boolean submittedOwn) {
        return !blind || submittedOwn || CurrentUser.hasRole(Role.EDITOR) || CurrentUser.hasRole(Role.ADMIN);
    }
}
