package dev.dockcheck.approval.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of the production profile, from the environment. It refuses weak set-ups: no users, an
 * empty or default password, a password shorter than 12 characters, or a role other than
 * APPROVER and VIEWER.
 */
final class ProductionUsers {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Set<String> DEFAULT_PASSWORDS = Set.of("password", "changeme", "change-me", "admin",
            "secret", "approver", "viewer", "postgres", "default", "123456789012");

    private ProductionUsers() {
    }

    /** Every reason the configured users are unsafe; empty when they are fine. */
    static List<String> problems(List<SecuritySettings.User> users) {
        List<String> problems = new ArrayList<>();
        if (users.isEmpty()) {
            problems.add("no users configured (dockcheck.approval.security.users) and no JWT issuer");
        }
        for (SecuritySettings.User user : users) {
            String password = user.password() == null ? "" : user.password();
            if (password.isBlank()) {
                problems.add("user " + user.name() + " has an empty password");
            } else if (DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
                    || password.equalsIgnoreCase(user.name())) {
                problems.add("user " + user.name() + " has a default password");
            } else if (password.length() < MIN_PASSWORD_LENGTH) {
                problems.add("user " + user.name() + " has a password shorter than " + MIN_PASSWORD_LENGTH);
            }
            if (user.roles() == null || user.roles().isEmpty()
                    || !Set.of(SecuritySettings.APPROVER, SecuritySettings.VIEWER).containsAll(user.roles())) {
                problems.add("user " + user.name() + " needs roles among APPROVER, VIEWER");
            }
        }
        return problems;
    }

    static InMemoryUserDetailsManager userDetails(List<SecuritySettings.User> users) {
        List<String> problems = problems(users);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(users.stream()
                .map(user -> User.withUsername(user.name()).password(encoder.encode(user.password()))
                        .roles(user.roles().toArray(String[]::new)).build())
                .toList());
    }
}
