package org.claimdesk.export;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;

/** Reading the export's typed values: a value that is not one of ours is a reason, not a crash. */
final class ImportRules {

    private ImportRules() {
    }

    /** {@code whatKey}: the text key of what the value names ("verdict"). */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String whatKey) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("error.restore.unknown-value", new Label(whatKey), value);
        }
    }
}
