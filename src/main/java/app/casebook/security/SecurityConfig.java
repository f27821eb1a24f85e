package app.casebook.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What pages may load and where they may send data: only this origin. Vaadin Flow needs inline and evaluated
     * scripts (its bootstrap and {@code executeJs}) and inline styles (Lumo), so those stay allowed; no other origin
     * may provide scripts, styles, images, fonts or frames, receive form posts or connections, or frame our pages.
     * Images in Markdown are never loaded (see {@code MarkdownRenderer}); {@code data:} is for Vaadin's own icons.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self' blob:; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginPage loginPage, RequestUtil requestUtil,
                                            SessionGuard sessionGuard) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers("/livez", "/readyz").permitAll()
                .requestMatchers("/images/**", "/styles.css", "/favicon.ico").permitAll());
        // Any other address is Vaadin's to answer for a logged-in person: its router shows the app's "Not found" page
        // with HTTP 404 (RouteNotFoundView), instead of Vaadin's default rule, a bare 403 for every unknown path.
        // Anonymous people are sent to the login page, as for every page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(loginPage.view(), "/login")
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // Vaadin's own configuration exempts the login POST from the CSRF check, so that a cross-site page could log a
        // person in to the attacker's account (login CSRF). Only Vaadin's internal requests are exempt here: they carry
        // Vaadin's own security key. The login form sends the token of the page's <meta name="_csrf"> tag.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredLoginPage("/login"));
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                // Before the request goes on: Vaadin writes its HTML pages past the response wrapper that would add
                // them on commit, so they went out without any of these headers (only X-Frame-Options).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // A login whose account was disabled, reset or changed elsewhere ends with its next request.
        http.addFilterBefore(new SessionGuardFilter(sessionGuard, requestUtil::isFrameworkInternalRequest),
                AuthorizationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /**
     * The login form's check of e-mail and password, behind {@link LoginThrottle}. A locked or disabled account is
     * reported only after the right password was given, so the answer to a guess never says more than "wrong".
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        dao.setPreAuthenticationChecks(user -> {
        });
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottlingAuthenticationProvider(dao, throttle);
    }

    /**
     * No Micrometer observation around each method-security check: every service call would time its
     * {@code @PreAuthorize} decision (about 5% of the CPU of an autosave). Requests and logins are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    /** BCrypt by default; the {id} prefix lets us move to a stronger scheme without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
