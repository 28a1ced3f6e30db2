package org.matchday.service;

/**
 * An edit made on a copy someone else has changed since (409, {@code stale-version}): the same answer whether the
 * version sent with the edit is found stale or the database finds it at commit.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
