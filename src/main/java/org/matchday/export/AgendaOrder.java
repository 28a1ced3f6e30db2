package org.matchday.export;

import org.matchday.export.ScheduleView.PersonInfo;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The order in which bulk exports put the participants, e.g. to match the badges or the welcome desk. */
public enum AgendaOrder {
    NAME(PersonInfo::name),
    ORGANISATION(PersonInfo::organisation),
    GROUP(PersonInfo::group),
    ID(PersonInfo::code);

    private final Function<PersonInfo, String> key;

    AgendaOrder(Function<PersonInfo, String> key) {
        this.key = key;
    }

    /** Participants sorted by this key (missing values last), then by name and id. */
    public List<PersonInfo> sort(List<PersonInfo> people) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        Comparator<String> text = Comparator.nullsLast(collator::compare);
        Comparator<PersonInfo> order = Comparator.comparing(key, text)
                .thenComparing(PersonInfo::name, text)
                .thenComparing(PersonInfo::code);
        return people.stream().sorted(order).toList();
    }

    /** The order named by a query parameter such as {@code organisation}, in any case. */
    public static Optional<AgendaOrder> named(String name) {
        for (AgendaOrder order : values()) {
            if (order.name().equalsIgnoreCase(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
