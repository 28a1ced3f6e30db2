package org.matchday.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often the timer sends every event's due reminders: a duration such as 5m, or "off". */
@ConfigMapping(prefix = "matchday.reminders")
public interface ReminderConfig {

    @WithDefault("5m")
    String every();
}
