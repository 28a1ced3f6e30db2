package org.matchday.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs every event's reminders every matchday.reminders.every ("off" in tests, which run them over HTTP). Each event
 * runs in a transaction of its own, so that one failing event does not hold back the others.
 */
@ApplicationScoped
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class);

    private final ReminderService reminders;

    public ReminderTimer(ReminderService reminders, ReminderConfig config) {
        this.reminders = reminders;
        LOG.debugf("Reminders are sent every %s", config.every());
    }

    @Scheduled(identity = "reminders", every = "${matchday.reminders.every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runAll() {
        for (long eventId : reminders.eventsToRun()) {
            try {
                ReminderRun run = reminders.run(eventId);
                if (run.total() > 0) {
                    LOG.infof("Reminders of event %d: %s", eventId, run);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not run the reminders of event %d", eventId);
            }
        }
    }
}
