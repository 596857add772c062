package dev.dockcheck.approval.domain;

/** Where in a PO's life a decision is taken: on the order, or on one of its shipments. */
public enum Stage {
    ORDER, SHIPMENT
}
