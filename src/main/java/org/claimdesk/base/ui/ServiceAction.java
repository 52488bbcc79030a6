package org.claimdesk.base.ui;

import org.claimdesk.base.DatabaseUnavailable;
import org.claimdesk.base.Refusal;

/**
 * Runs a service call for a view, with the same messages everywhere: a refusal (invalid input, a conflict, a
 * record gone) or a database outage says why and leaves the form as the person typed it; success says
 * {@code done} and then runs {@code after}. Anything else is a bug and reaches the UI error handler.
 */
public final class ServiceAction {

    private ServiceAction() {
    }

    /** True when the action succeeded. */
    public static boolean run(Runnable action, String done, Runnable after) {
        if (!attempt(action)) {
            return false;
        }
        Notices.success(done);
        after.run();
        return true;
    }

    /** Like {@link #run}, but success says {@code done} with an "Undo" button that runs {@code undo}. */
    public static boolean runUndoable(Runnable action, String done, Runnable after, Runnable undo) {
        if (!attempt(action)) {
            return false;
        }
        Notices.undoable(done, undo);
        after.run();
        return true;
    }

    private static boolean attempt(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            Notices.error(Texts.message(e));
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            Notices.error(Texts.t("error.database-unavailable"));
            return false;
        }
        return true;
    }
}
