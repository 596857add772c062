package dev.dockcheck.approval.domain;

/** The checks whose results the approval gathers. */
public enum CheckKind {
    UOM_MAPPING, ASN_MATCH, SSCC
}
