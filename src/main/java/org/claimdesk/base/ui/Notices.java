package org.claimdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

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

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification notification = new Notification(message, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
