package org.matchday.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A personal link, shown once when it is issued: only its hash is kept. */
@Schema(name = "LinkView")
public record LinkView(
        @Schema(example = "eu-01") String participant,
        @Schema(description = "Send as Authorization: Bearer <token>.") String token,
        @Schema(example = "http://localhost:8080/p/3q2-7wEvXk0mUu9QfX3p0g8cF1ZyKxPJt4bN5s6dHcA") String url,
        Instant expires) {
}
