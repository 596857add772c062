package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/** One named rule of the ASN match. It returns every finding it has, and none when all is well. */
public interface AsnRule {

    String name();

    List<Finding> apply(MatchCase match);
}
