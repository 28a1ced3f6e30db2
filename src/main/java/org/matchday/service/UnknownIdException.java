package org.matchday.service;

/** Something named in a request does not exist (answered with 404). */
public class UnknownIdException extends RuntimeException {

    public UnknownIdException(String message) {
        super(message);
    }
}
