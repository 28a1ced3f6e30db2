package org.matchday.domain.undo;

/** What a manual action did, and so what undoing it restores. */
public enum UndoKind {
    /** A meeting put at a slot and table by hand. */
    MOVE,
    /** A meeting taken out of the timetable. */
    TAKE_OUT,
    /** A meeting pinned where it is. */
    PIN,
    /** A meeting unpinned: the solver may move it again. */
    UNPIN,
    /** A participant marked as not come, its meetings taken out and its wishes cancelled. */
    NO_SHOW,
    /** A participant's attendance cancelled (by itself or an organiser), the same taken away. */
    CANCELLATION;

    /** Whether undoing it marks a participant present again and gives back what the absence took. */
    public boolean absence() {
        return this == NO_SHOW || this == CANCELLATION;
    }
}
