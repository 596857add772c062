package dev.dockcheck.approval.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the API. Local runs generate their users and write their passwords to
 * {@code credentialsFile} (relative to the working directory). The {@code prod} profile takes
 * {@code users} from the environment (DOCKCHECK_APPROVAL_SECURITY_USERS_0_NAME, …_PASSWORD,
 * …_ROLES), or validates JWTs when a resource-server issuer or JWK set is configured; then
 * {@code jwtRolesClaim} names the claim that lists the roles.
 */
@Validated
@ConfigurationProperties("dockcheck.approval.security")
public record SecuritySettings(
        @DefaultValue(".local/credentials") @NotNull Path credentialsFile,
        List<@Valid User> users,
        @DefaultValue("roles") @NotBlank String jwtRolesClaim) {

    public static final String APPROVER = "APPROVER";
    public static final String VIEWER = "VIEWER";

    /** One configured user. */
    public record User(@NotBlank String name, String password, Set<String> roles) {
    }

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
