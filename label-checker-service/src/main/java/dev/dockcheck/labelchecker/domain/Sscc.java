package dev.dockcheck.labelchecker.domain;

import java.util.Optional;

/**
 * A Serial Shipping Container Code in its 18-digit form (GS1 General Specifications, AI 00): an
 * extension digit, the GS1 company prefix and serial reference (16 digits together), and a
 * mod-10 check digit. Labels and ASNs carry it as the 20-character element string {@code 00}+18
 * digits, or as the bare 18 digits.
 */
public record Sscc(String digits) {

    public static final int LENGTH = 18;

    public Sscc {
        if (digits == null || digits.length() != LENGTH || !allDigits(digits)) {
            throw new IllegalArgumentException("not an 18-digit SSCC: " + digits);
        }
    }

    /** The 18 digits of {@code raw} after trimming spaces, when it has either accepted form. */
    public static Optional<Sscc> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.length() == LENGTH + 2 && value.startsWith("00")) {
            value = value.substring(2);
        }
        return value.length() == LENGTH && allDigits(value) ? Optional.of(new Sscc(value)) : Optional.empty();
    }

    /**
     * The GS1 mod-10 check digit of the first 17 digits: weights 3,1,3,… counted from the rightmost
     * data digit, check = (10 − sum mod 10) mod 10.
     */
    public int expectedCheckDigit() {
        int sum = 0;
        for (int i = LENGTH - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    public int checkDigit() {
        return digits.charAt(LENGTH - 1) - '0';
    }

    public boolean hasValidCheckDigit() {
        return expectedCheckDigit() == checkDigit();
    }

    /** True when the company prefix plus serial reference (after the extension digit) starts with {@code prefix}. */
    public boolean hasCompanyPrefix(String prefix) {
        return digits.startsWith(prefix, 1);
    }

    private static boolean allDigits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return digits;
    }
}
