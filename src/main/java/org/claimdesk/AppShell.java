package org.claimdesk;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page shell every view shares: Lumo plus our own stylesheet, server push (live changes; its client ships
 * in Vaadin's own bundle, no frontend build), and the one clock the app reads.
 */
@Configuration
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/claimdesk.css")
public class AppShell implements AppShellConfigurator {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
