package dev.dockcheck.approval.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of a local run: {@code approver} and {@code approver2} (APPROVER) and {@code viewer}
 * (VIEWER), each with a random password made at start-up, printed to the log and written to the
 * credentials file as {@code user:password} lines.
 */
public final class LocalUsers {

    private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);
    private static final Map<String, String> ROLES = Map.of("approver", SecuritySettings.APPROVER,
            "approver2", SecuritySettings.APPROVER, "viewer", SecuritySettings.VIEWER);

    private final Map<String, String> passwords = new LinkedHashMap<>();

    public LocalUsers(Path credentialsFile) {
        SecureRandom random = new SecureRandom();
        for (String name : new String[] {"approver", "approver2", "viewer"}) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            passwords.put(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        write(credentialsFile);
    }

    public String password(String user) {
        return passwords.get(user);
    }

    InMemoryUserDetailsManager userDetails(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(passwords.entrySet().stream()
                .map(user -> User.withUsername(user.getKey()).password(encoder.encode(user.getValue()))
                        .roles(ROLES.get(user.getKey())).build())
                .toList());
    }

    private void write(Path file) {
        String lines = passwords.entrySet().stream().map(user -> user.getKey() + ":" + user.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Files.writeString(absolute, lines);
            log.info("Local users for the approval API (also in {}):\n{}", absolute, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local credentials to " + file, e);
        }
    }
}
