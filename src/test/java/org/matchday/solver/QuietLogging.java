package org.matchday.solver;

import org.jboss.logmanager.LogContext;

import java.util.logging.Level;

/**
 * Outside Quarkus nothing configures JBoss LogManager, which then enables TRACE: Timefold formats a message for
 * every move it tries, and solving runs several times slower. Solver tests and measurements log at INFO.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void infoOnly() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
    }
}
