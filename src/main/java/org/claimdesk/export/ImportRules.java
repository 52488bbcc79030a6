package org.claimdesk.export;

import org.claimdesk.base.InvalidInputException;

/** Reading the export's typed values: a value that is not one of ours is a reason, not a crash. */
final class ImportRules {

    private ImportRules() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("The export has an unknown " + what + " '" + value + "'.");
        }
    }
}
