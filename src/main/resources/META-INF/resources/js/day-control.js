// The control room: reads GET /api/events/{eventId}/day now and every few seconds after, and shows the figures
// without reloading the page; a failed read says so and is tried again at the next turn.
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {format} from './text.js';
import {showQueue} from './day-queue.js';

const root = document.getElementById('control');
if (root) {
    control(root);
}

function control(root) {
    const messages = root.dataset;
    const url = '/api/events/' + root.dataset.event + '/day';
    const every = Number(root.dataset.refresh) || 10000;
    const problemBox = document.getElementById('control-problem');
    const updated = document.getElementById('control-updated');

    function put(id, text) {
        const node = document.getElementById(id);
        if (node.textContent !== String(text)) {
            node.textContent = text;
        }
    }

    function time(dateTime) {
        return dateTime.slice(11, 16);
    }

    function slot(prefix, tables) {
        if (!tables) {
            put(prefix + '-slot', messages.msgNoSlot);
            put(prefix + '-free', '');
            return;
        }
        put(prefix + '-slot', format(messages.msgSlot, [time(tables.start), time(tables.end)]));
        put(prefix + '-free', tables.freeTables.length ? tables.freeTables.join(', ') : messages.msgFreeNone);
    }

    async function read() {
        let day;
        try {
            day = (await request('GET', url)).data;
        } catch (problem) {
            showProblem(problemBox, problem, {lead: messages.msgFailed});
            return;
        }
        clearProblem(problemBox);
        put('day-now', day.now.replace('T', ' '));
        put('day-checked-in', day.checkedIn + ' / ' + day.expected);
        put('day-held', day.meetings.held);
        put('day-running', day.meetings.running);
        put('day-next', day.meetings.next);
        put('day-lost', day.meetings.lostToNoShows);
        slot('day-current', day.currentSlot);
        slot('day-next', day.nextSlot);
        showQueue(document.getElementById('day-queue'), day.quickBookings || [], messages);
        updated.textContent = format(messages.msgUpdated, [time(day.now)]);
    }

    read();
    window.setInterval(read, every);
}
