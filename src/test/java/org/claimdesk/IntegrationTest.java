package org.claimdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every {@code *IT} boots the whole app once, on a real server port, against a throw-away embedded
 * PostgreSQL, in demo mode (alice, bob, erin and the seed article). One annotation = one shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "claimdesk.embedded-throwaway=true",
        "claimdesk.demo=true",
        "claimdesk.demo-password=" + IntegrationTest.DEMO_PASSWORD,
        "claimdesk.admin-username=" + IntegrationTest.ADMIN,
        "claimdesk.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "claimdesk.import.allowed-hosts=127.0.0.1,localhost",
        "claimdesk.webhooks.poll-millis=200",
        "claimdesk.webhooks.retry-base-millis=300",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"
})
public @interface IntegrationTest {
    String DEMO_PASSWORD = "demo-password-for-tests";
    String ADMIN = "root-admin";
    String ADMIN_PASSWORD = "admin-password-for-tests";
}
