package org.matchday.domain;

import java.util.Objects;

/**
 * Two participants of an event by their codes, whichever way round they were named: the one key under which a
 * pair's meeting, its requests and its published placement are found. The codes are kept in ascending order.
 */
public record PairKey(String first, String second) {

    public PairKey {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            String smaller = second;
            second = first;
            first = smaller;
        }
    }

    public static PairKey of(String code, String otherCode) {
        return new PairKey(code, otherCode);
    }

    public static PairKey of(Participant participant, Participant other) {
        return new PairKey(participant.code, other.code);
    }

    /** "eu-01 & tw-01", as organisers name a pair. */
    @Override
    public String toString() {
        return first + " & " + second;
    }
}
