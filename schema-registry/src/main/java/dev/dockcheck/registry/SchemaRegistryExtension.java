package dev.dockcheck.registry;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit Jupiter extension that makes sure the JVM-wide schema registry of
 * {@link SchemaRegistrySupport} is running before the test class starts.
 *
 * <pre>{@code
 * @ExtendWith(SchemaRegistryExtension.class)
 * class MyTest {
 *     @Test
 *     void uses() {
 *         String url = SchemaRegistrySupport.registryUrl(); // or System.getProperty("dockcheck.registry.url")
 *     }
 * }
 * }</pre>
 *
 * <p>The registry is not stopped after the class: later classes in the same JVM reuse it, and a
 * shutdown hook stops it when the JVM exits.
 */
public final class SchemaRegistryExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SchemaRegistrySupport.registryUrl();
    }
}
