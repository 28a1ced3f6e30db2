package org.matchday.problem;

/**
 * A refusal that carries its sentence as a {@link ProblemText}, so that the answer can give its code, its parameters
 * and its words in the caller's language. The String constructors of the subclasses remain for refusals not yet
 * given a code: those answer in English without one.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient ProblemText text;

    protected ProblemException(String message) {
        super(message);
        this.text = null;
    }

    protected ProblemException(ProblemText text) {
        super(text.english());
        this.text = text;
    }

    /** The coded sentence; null for a refusal made with a plain message. */
    public ProblemText text() {
        return text;
    }
}
