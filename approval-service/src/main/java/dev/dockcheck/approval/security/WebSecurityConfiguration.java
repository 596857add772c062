package dev.dockcheck.approval.security;

import static dev.dockcheck.approval.security.SecuritySettings.APPROVER;
import static dev.dockcheck.approval.security.SecuritySettings.VIEWER;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * VIEWER reads, APPROVER decides (and reads). Health, info, Prometheus and the API docs are open.
 * Local runs use HTTP Basic with generated users; {@code prod} uses users from the environment, or
 * JWTs when an issuer or JWK set is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class WebSecurityConfiguration {

    static final int LOCAL_BCRYPT_STRENGTH = 4;
    private static final String NO_JWT = "'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' == '' "
            + "and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}' == ''";

    @Bean
    @Profile("!prod")
    LocalUsers localUsers(SecuritySettings settings) {
        return new LocalUsers(settings.credentialsFile());
    }

    /**
     * BCrypt at the lowest work factor (4, i.e. 2^4 rounds; the default 10 costs ~90 ms of CPU per
     * request here, and HTTP Basic checks the password on every request). A work factor only slows
     * the guessing of a leaked hash of a password people chose; the local passwords are 144 random
     * bits, made at start-up and kept in memory, so it protects nothing there. The {@code prod}
     * profile keeps Spring's default (BCrypt, 10) for the passwords it is given.
     */
    @Bean
    @Profile("!prod")
    PasswordEncoder localPasswordEncoder() {
        return new BCryptPasswordEncoder(LOCAL_BCRYPT_STRENGTH);
    }

    @Bean
    @Profile("!prod")
    UserDetailsService localUserDetails(LocalUsers users, PasswordEncoder encoder) {
        return users.userDetails(encoder);
    }

    @Bean
    @Profile("prod")
    @ConditionalOnExpression(NO_JWT)
    UserDetailsService productionUserDetails(SecuritySettings settings) {
        return ProductionUsers.userDetails(settings.users());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, SecuritySettings settings, JsonMapper json) {
        boolean bearer = jwt.getIfAvailable() != null;
        ProblemResponses problems = new ProblemResponses(json, bearer ? "Bearer" : "Basic realm=\"approval\"");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(VIEWER, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/holds/*/approve", "/api/holds/*/reject").hasRole(APPROVER)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        if (bearer) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems::unauthorized)
                    .jwt(token -> token.jwtAuthenticationConverter(roles(settings.jwtRolesClaim()))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized));
        }
        return http.build();
    }

    private static JwtAuthenticationConverter roles(String claim) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(claim);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
