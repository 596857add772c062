package dev.dockcheck.asnvalidator.domain;

/** One line of an accepted PO, with its ordered quantity already normalised to eaches. */
public record OrderedLine(String itemSequenceNumber, String asin, String vendorSku, long eaches) {
}
