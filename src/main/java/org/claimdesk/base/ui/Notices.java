package org.claimdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The two kinds of message a view shows after an action. */
public final class Notices {

    private Notices() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    /**
     * A success that can be taken back: the message with an "Undo" button, open long enough to reach it by
     * keyboard. Undo closes the notice and runs {@code undo}.
     */
    public static Notification undoable(String message, Runnable undo) {
        Notification notification = new Notification();
        notification.setDuration(10000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button undoButton = new Button(Texts.t("action.undo"), e -> {
            notification.close();
            undo.run();
        });
        undoButton.setId("undo");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout content = new HorizontalLayout(new Span(message), undoButton);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification notification = new Notification(message, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
