package org.matchday.wish;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a participant sent and what it received. */
@Schema(name = "WishesView")
public record WishesView(List<WishView> sent, List<WishView> received) {
}
