package org.claimdesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: app name, navigation, who is signed in, sign out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("ClaimDesk");
        title.addClassName("app-title");

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div userBox = new Div(VaadinIcon.USER.create(), user, signOut);
        userBox.addClassName("app-user");

        addToNavbar(new DrawerToggle(), title, userBox);
        addToDrawer(navigation(authentication.hasRole("ADMIN")));
        setPrimarySection(Section.DRAWER);
        // the browser's time zone, so that every time reads in the reader's zone (Formats)
        com.vaadin.flow.component.UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> { });
    }

    private static SideNav navigation(boolean admin) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Overview", "", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Articles", "articles", VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem("My queue", "queue", VaadinIcon.TASKS.create()));
        nav.addItem(new SideNavItem("Export", "export", VaadinIcon.DOWNLOAD.create()));
        nav.addItem(new SideNavItem("My account", "account", VaadinIcon.USER_CARD.create()));
        if (admin) {
            nav.addItem(new SideNavItem("Accounts", "admin/accounts", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Webhooks", "admin/webhooks", VaadinIcon.CONNECT.create()));
        }
        return nav;
    }
}
