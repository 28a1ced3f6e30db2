package org.matchday.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PairKeyTest {

    @Test
    void aPairNamedEitherWayRoundIsTheSameKey() {
        PairKey ab = PairKey.of("tw-01", "eu-02");
        PairKey ba = PairKey.of("eu-02", "tw-01");

        assertEquals(ab, ba);
        assertEquals(ab.hashCode(), ba.hashCode());
        assertEquals(ab.toString(), ba.toString());
        assertEquals("eu-02 & tw-01", ab.toString());
        assertEquals("eu-02", ab.first());
        assertEquals("tw-01", ab.second());
    }

    @Test
    void participantsAreKeyedByTheirCodes() {
        Participant eu = participant(7L, "eu-02");
        Participant tw = participant(3L, "tw-01");

        assertEquals(PairKey.of("eu-02", "tw-01"), PairKey.of(tw, eu));
        assertEquals(PairKey.of(eu, tw), PairKey.of(tw, eu));
    }

    @Test
    void pairsSharingOneParticipantDiffer() {
        assertNotEquals(PairKey.of("eu-01", "tw-01"), PairKey.of("eu-01", "tw-02"));
    }

    private static Participant participant(long id, String code) {
        Participant p = new Participant();
        p.id = id;
        p.code = code;
        return p;
    }
}
