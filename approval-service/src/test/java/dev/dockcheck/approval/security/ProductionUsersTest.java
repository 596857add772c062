package dev.dockcheck.approval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProductionUsersTest {

    static SecuritySettings.User user(String name, String password, String... roles) {
        return new SecuritySettings.User(name, password, Set.of(roles));
    }

    @Nested
    class RefusesToStart {
        @Test
        void withoutUsers() {
            assertThatThrownBy(() -> ProductionUsers.userDetails(List.of()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no users");
        }

        @Test
        void withAnEmptyPassword() {
            assertThat(ProductionUsers.problems(List.of(user("alice", "", "APPROVER"))))
                    .containsExactly("user alice has an empty password");
        }

        @Test
        void withADefaultPassword() {
            assertThat(ProductionUsers.problems(List.of(user("alice", "changeme", "APPROVER"),
                    user("approver", "Approver", "APPROVER"))))
                    .containsExactly("user alice has a default password", "user approver has a default password");
        }

        @Test
        void withAShortPasswordOrAnUnknownRole() {
            assertThat(ProductionUsers.problems(List.of(user("alice", "s3cr3t!", "ADMIN"))))
                    .containsExactly("user alice has a password shorter than 12", "user alice needs roles among APPROVER, VIEWER");
        }
    }

    @Test
    void acceptsStrongPasswordsAndHashesThem() {
        var users = ProductionUsers.userDetails(List.of(user("alice", "correct-horse-battery", "APPROVER", "VIEWER")));
        assertThat(users.loadUserByUsername("alice").getPassword()).startsWith("{bcrypt}");
        assertThat(users.loadUserByUsername("alice").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_APPROVER", "ROLE_VIEWER");
    }
}
