package dev.dockcheck.approval.web;

/** A hold's version as an ETag, and back from If-Match. */
final class Versions {

    /** If-Match that is not a version this API gave out. */
    static class MalformedVersionException extends RuntimeException {
        MalformedVersionException(String value) {
            super("If-Match must be the ETag of the hold, e.g. \"3\"; got " + value);
        }
    }

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static long parse(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedVersionException(ifMatch);
        }
    }
}
