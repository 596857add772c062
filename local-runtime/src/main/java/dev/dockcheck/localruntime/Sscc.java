package dev.dockcheck.localruntime;

/**
 * GS1 Serial Shipping Container Codes: 18 digits, the last a mod-10 check digit computed with
 * weights 3,1,3,… counted from the rightmost data digit; check = (10 − sum mod 10) mod 10.
 * Labels and ASNs carry it behind application identifier (00), as a 20-character element string.
 */
public final class Sscc {

    /** The (00) application identifier that precedes an SSCC in an element string. */
    public static final String AI = "00";

    private Sscc() {
    }

    /** The check digit for the 17 data digits (or any non-empty digit string). */
    public static int checkDigit(String dataDigits) {
        if (dataDigits == null || dataDigits.isEmpty() || !dataDigits.chars().allMatch(Sscc::isDigit)) {
            throw new IllegalArgumentException("Not a digit string: " + dataDigits);
        }
        int sum = 0;
        for (int i = dataDigits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (dataDigits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The 18-digit SSCC for an extension digit, a GS1 company prefix and a serial reference: the
     * serial is left-padded with zeros to fill 17 data digits, then the check digit is appended.
     */
    public static String of(int extensionDigit, String companyPrefix, long serialReference) {
        if (extensionDigit < 0 || extensionDigit > 9) {
            throw new IllegalArgumentException("Extension digit must be 0-9: " + extensionDigit);
        }
        int serialLength = 16 - companyPrefix.length();
        String serial = Long.toString(serialReference);
        if (companyPrefix.length() < 6 || serialLength < 1 || serialReference < 0 || serial.length() > serialLength) {
            throw new IllegalArgumentException("Prefix " + companyPrefix + " and serial " + serialReference
                    + " do not fit 16 digits");
        }
        String data = extensionDigit + companyPrefix + "0".repeat(serialLength - serial.length()) + serial;
        return data + checkDigit(data);
    }

    /** Whether {@code sscc} is 18 digits whose last digit is the right check digit. */
    public static boolean isValid(String sscc) {
        return sscc != null && sscc.length() == 18 && sscc.chars().allMatch(Sscc::isDigit)
                && checkDigit(sscc.substring(0, 17)) == sscc.charAt(17) - '0';
    }

    /** The element string {@code 00} + SSCC, as carried in ASN carton identifiers. */
    public static String elementString(String sscc) {
        return AI + sscc;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
