package dev.dockcheck.poingest.domain;

import java.util.List;

/** A named unit-of-measure rule over one PO line. It returns every finding, or none. */
public interface UomRule {

    String name();

    List<Finding> apply(LineUnderCheck line);

    static UomRule named(String name, java.util.function.Function<LineUnderCheck, List<Finding>> rule) {
        return new UomRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Finding> apply(LineUnderCheck line) {
                return rule.apply(line);
            }
        };
    }
}
