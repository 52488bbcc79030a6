package org.claimdesk.base;

import java.util.Locale;

/**
 * A refusal's argument that a library words for itself in several languages (a password checker's advice, say):
 * asked for the reader's language when the refusal is read.
 */
@FunctionalInterface
public interface Localized {
    String in(Locale language);
}
