package org.claimdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.claimdesk.base.DatabaseUnavailable;
import org.claimdesk.base.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whatever escapes a view's own handling becomes a plain message, never a stack trace: the user's
 * input stays in the form because nothing is navigated or cleared here.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        String message = DatabaseUnavailable.causedBy(event.getThrowable()) ? Texts.t("error.database-unavailable")
                : messageFor(rootOf(event.getThrowable()));
        if (message == null) {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = Texts.t("error.unexpected");
        }
        String text = message;
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notices.error(text));
        }
    }

    static String messageFor(Throwable cause) {
        if (DatabaseUnavailable.causedBy(cause)) {
            return Texts.t("error.database-unavailable");
        }
        if (cause instanceof Refusal refusal) {
            return Texts.message(refusal);
        }
        if (cause instanceof ObjectOptimisticLockingFailureException) {
            return Texts.t("error.changed-meanwhile");
        }
        if (cause instanceof AccessDeniedException) {
            return Texts.t("error.role-forbids");
        }
        return null;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && messageFor(current) == null) {
            current = current.getCause();
        }
        return current;
    }
}
