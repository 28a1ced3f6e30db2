// A participant's day: checking itself in (and undoing it) when the organiser allows it, and booking a meeting on
// the spot with someone it met.
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {format} from './text.js';

const root = document.getElementById('my-day');
if (root) {
    myDay(root);
}

function myDay(root) {
    const messages = root.dataset;
    const base = '/api/events/' + root.dataset.event;
    const url = base + '/participants/' + encodeURIComponent(root.dataset.me) + '/check-in';
    const checkIn = document.getElementById('my-check-in');
    const undo = document.getElementById('my-check-in-undo');
    const status = document.getElementById('my-check-in-status');
    const problemBox = document.getElementById('my-check-in-problem');

    if (checkIn && undo) {
        const original = status.textContent;
        checkIn.addEventListener('click', async function () {
            clearProblem(problemBox);
            let answer;
            try {
                answer = await request('POST', url);
            } catch (problem) {
                showProblem(problemBox, problem, {lead: messages.msgFailed});
                return;
            }
            const at = new Date(answer.data.checkedInAt);
            status.textContent = format(messages.msgCheckedIn, [new Intl.DateTimeFormat('en-GB',
                {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: root.dataset.zone}).format(at)]);
            checkIn.hidden = true;
            undo.hidden = false;
            undo.focus();
        });
        undo.addEventListener('click', async function () {
            clearProblem(problemBox);
            try {
                await request('DELETE', url);
            } catch (problem) {
                showProblem(problemBox, problem, {lead: messages.msgFailed});
                return;
            }
            status.textContent = root.dataset.msgNotIn || original;
            undo.hidden = true;
            checkIn.hidden = false;
            checkIn.focus();
        });
    }

    const form = document.getElementById('my-quick-form');
    if (form) {
        const quickProblem = document.getElementById('my-quick-problem');
        const quickResult = document.getElementById('my-quick-result');
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            clearProblem(quickProblem);
            quickResult.textContent = '';
            const select = form.elements.partner;
            const partner = select.options[select.selectedIndex].textContent;
            let answer;
            try {
                answer = await request('POST', base + '/meetings/quick',
                    {participants: [root.dataset.me, select.value]});
            } catch (problem) {
                showProblem(quickProblem, problem, {lead: messages.msgFailed});
                return;
            }
            quickResult.textContent = format(messages.msgBooked, [answer.data.start.slice(11, 16),
                answer.data.table, partner]);
            form.reset();
        });
    }
}
