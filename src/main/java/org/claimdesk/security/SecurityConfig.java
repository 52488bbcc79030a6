package org.claimdesk.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the stateless REST API (HTTP Basic or Bearer token) and the Vaadin UI (form login,
 * session). Both share one authentication manager, so the login throttle covers both. Everything not
 * named here is denied: Vaadin denies views without an access annotation, and services carry
 * {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Argon2id at OWASP ASVS parameters: 19 MiB memory, 2 iterations, 1 lane. */
    static final String ENCODER_ID = "argon2id";

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder(ENCODER_ID, Map.of(ENCODER_ID, argon2));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokenService tokens, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        // a streamed export finishes on an ASYNC dispatch of a request already authorised
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN_NAME)
                        .requestMatchers(HttpMethod.POST, "/api/v1/imports").hasRole(Role.ADMIN_NAME)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * The UI: Vaadin's form login and session, with the session checked against its account on every
     * request, sign-in only from our own origin, and no framing at all. The OpenAPI description and
     * Swagger UI are for signed-in users unless {@code claimdesk.api-docs-public} (CLAIMDESK_API_DOCS_PUBLIC).
     */
    @Bean
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
            SessionValidity sessions, @Value("${claimdesk.api-docs-public:false}") boolean apiDocsPublic)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> {
                    // the published fact-checks (org.claimdesk.publish.web): the only anonymous pages besides sign-in
                    auth.requestMatchers("/fact-checks", "/fact-checks/**").permitAll();
                    auth.requestMatchers("/styles/**", "/error", "/actuator/health", "/actuator/health/**")
                            .permitAll();
                    if (apiDocsPublic) {
                        auth.requestMatchers(API_DOCS).permitAll();
                    } else {
                        auth.requestMatchers(API_DOCS).authenticated();
                    }
                })
                .addFilterAfter(new SessionValidityFilter(sessions), SecurityContextHolderFilter.class)
                .addFilterBefore(new LoginOriginFilter(), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(sessions))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
}
