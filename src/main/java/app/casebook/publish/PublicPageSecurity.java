package app.casebook.publish;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public pages ({@code /p/**}) have a security filter chain of their own, before the application's: open to
 * everyone, stateless (no HTTP session is created or read, no request is saved for a later login), GET only.
 */
@Configuration
class PublicPageSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain publicPageFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/p/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
