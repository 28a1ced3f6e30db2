package org.matchday.domain;

import java.util.List;

/**
 * How participants may ask each other, as cluster-to-cluster (C2C) and cluster-to-business (C2B) matchmaking runs.
 *
 * @param allowedPairs which group may send wishes to which; empty or null: anyone to anyone
 * @param maxWishesPerParticipant wishes a participant may have sent (withdrawn and declined ones do not count);
 *                                null: no cap
 * @param acceptanceRequired a wish waits for the receiver's acceptance; false: it counts at once
 * @param lateWishes wishes may still be sent and answered after publication
 */
public record MatchmakingRules(List<GroupPair> allowedPairs, Integer maxWishesPerParticipant,
        boolean acceptanceRequired, boolean lateWishes) {

    public static final MatchmakingRules DEFAULT = new MatchmakingRules(List.of(), null, true, false);

    /** One direction in which wishes may go: from a participant of group {@code from} to one of group {@code to}. */
    public record GroupPair(String from, String to) {
    }

    public boolean allowsWish(String fromGroup, String toGroup) {
        if (allowedPairs == null || allowedPairs.isEmpty()) {
            return true;
        }
        return allowedPairs.stream().anyMatch(p -> p.from().equals(fromGroup) && p.to().equals(toGroup));
    }
}
