package org.claimdesk.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence attributes its claim to, and what kind of source that is. A pronoun ("he said", Spanish
 * "dijo." with no subject) names no one: the drafter resolves it to the last person named before it.
 */
record Attribution(Kind kind, String speaker) {

    enum Kind {
        /** A capitalised name: a person or an organisation ("Angela Merkel", "the White House"). */
        NAMED,
        /** An unnamed source or a document, kept as written ("prosecutors", "a spokesperson", "court records"). */
        SOURCE,
        /** "he said", "dijo", "a-t-il déclaré": someone named earlier. */
        PRONOUN
    }

    static Attribution pronoun() {
        return new Attribution(Kind.PRONOUN, null);
    }

    /** Whether this names a person a later pronoun can refer to: a name without an organisation word in it. */
    boolean isPerson(Set<String> organisationWords) {
        if (kind != Kind.NAMED) {
            return false;
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[\\s.]+")) {
            if (organisationWords.contains(word)) {
                return false;
            }
        }
        return organisationWords.stream().noneMatch(w -> w.indexOf(' ') > 0 && lower.contains(w));
    }
}
