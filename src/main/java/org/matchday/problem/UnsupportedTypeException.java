package org.matchday.problem;

/** A body of a type the operation cannot read (415), saying which types it takes. */
public class UnsupportedTypeException extends ProblemException {

    public UnsupportedTypeException(ProblemText text) {
        super(text);
    }
}
