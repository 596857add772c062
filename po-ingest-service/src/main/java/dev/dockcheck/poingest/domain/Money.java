package dev.dockcheck.poingest.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in a currency, at scale 4 (the scale of the Avro contract). */
public record Money(BigDecimal amount, String currency) {

    /** The Avro contract's Money is decimal(19,4): at most 15 digits before the point. */
    public static final int CONTRACT_PRECISION = 19;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(4, RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), currency);
    }

    /** Whether the Avro contract can carry this amount. */
    public boolean fitsTheContract() {
        return amount.precision() <= CONTRACT_PRECISION;
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
