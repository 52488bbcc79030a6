package org.claimdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    /**
     * Hikari skips its validity check for a connection used in the last half second; after PostgreSQL restarts or
     * drops connections, each dead one would then fail a request. Checking every borrow (one local round trip)
     * lets the app recover without errors. Must be set before the pool class loads.
     */
    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    public static void main(String[] args) {
        System.setProperty(ALIVE_BYPASS_WINDOW, System.getProperty(ALIVE_BYPASS_WINDOW, "0"));
        SpringApplication.run(Application.class, args);
    }
}
