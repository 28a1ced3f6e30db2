// The queue of meetings booked on the spot, as the desk and the control room show it.
import {element, format} from './text.js';

/** The meetings booked on the spot that have not ended, as a list. */
export function showQueue(list, bookings, messages) {
    list.replaceChildren();
    if (bookings.length === 0) {
        list.appendChild(element('li', 'muted', messages.msgQueueEmpty));
        return;
    }
    bookings.forEach(function (booking) {
        list.appendChild(element('li', null, format(messages.msgQueueItem, [booking.start.slice(11, 16),
            booking.table, booking.names[0], booking.names[1]])));
    });
}
