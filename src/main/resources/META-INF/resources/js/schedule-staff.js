// The event-day page: mark a no-show (or, for organisers, a cancellation) after a confirmation, then list the
// meetings it removed and the partners affected, and clear those meetings from the grid below.
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {format} from './text.js';

const section = document.getElementById('attendance');
if (section) {
    attendance(section);
}

function attendance(section) {
    const messages = section.dataset;
    const form = document.getElementById('attendance-form');
    const select = document.getElementById('attendance-participant');
    const confirmBox = document.getElementById('attendance-confirm');
    const confirmText = document.getElementById('attendance-confirm-text');
    const yes = document.getElementById('attendance-yes');
    const no = document.getElementById('attendance-no');
    const problemBox = document.getElementById('attendance-problem');
    const result = document.getElementById('attendance-result');
    const people = JSON.parse(document.getElementById('people').textContent);
    const tableNames = {};
    document.querySelectorAll('#grid thead th[data-table]').forEach(function (th) {
        tableNames[th.dataset.table] = th.textContent.trim();
    });
    let pending = null;

    function label(code) {
        const person = people[code];
        if (!person) {
            return code;
        }
        return person[1] ? person[0] + ' (' + person[1] + ')' : person[0];
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        const kind = form.elements.kind.value;
        pending = {code: select.value, kind: kind};
        confirmText.textContent = format(kind === 'cancellation' ? messages.msgConfirmCancellation
            : messages.msgConfirmNoShow, [label(select.value)]);
        confirmBox.hidden = false;
        yes.focus();
    });

    no.addEventListener('click', function () {
        confirmBox.hidden = true;
        pending = null;
        select.focus();
    });

    yes.addEventListener('click', async function () {
        const marked = pending;
        confirmBox.hidden = true;
        pending = null;
        clearProblem(problemBox);
        result.textContent = '';
        let body;
        try {
            body = (await request('POST', '/api/events/' + section.dataset.event + '/participants/'
                + encodeURIComponent(marked.code) + '/' + marked.kind)).data;
        } catch (problem) {
            showProblem(problemBox, problem, {lead: messages.msgFailed});
            select.focus();
            return;
        }
        const removed = (body.removed || []).slice().sort(function (x, y) {
            return x.before.start < y.before.start ? -1 : x.before.start > y.before.start ? 1 : 0;
        });
        const summary = document.createElement('p');
        summary.textContent = format(marked.kind === 'cancellation' ? messages.msgDoneCancellation
            : messages.msgDoneNoShow, [label(marked.code), removed.length]);
        result.appendChild(summary);
        if (removed.length === 0) {
            const none = document.createElement('p');
            none.textContent = messages.msgNone;
            result.appendChild(none);
        } else {
            const list = document.createElement('ul');
            removed.forEach(function (change) {
                const partner = change.participants[0] === marked.code ? change.participants[1]
                    : change.participants[0];
                const item = document.createElement('li');
                item.textContent = format(messages.msgRemoved, [change.before.start.replace('T', ' '),
                    tableNames[change.before.table] || change.before.table, label(partner)]);
                list.appendChild(item);
            });
            result.appendChild(list);
        }
        const option = select.querySelector('option[value="' + CSS.escape(marked.code) + '"]');
        if (option) {
            option.disabled = true;
            option.textContent = option.textContent + ' – ' + messages.msgAbsent;
        }
        select.value = '';
        document.body.dispatchEvent(new CustomEvent('actions-changed'));
        document.querySelectorAll('#grid .m').forEach(function (meeting) {
            if (meeting.dataset.a === marked.code || meeting.dataset.b === marked.code) {
                meeting.remove();
            }
        });
        select.focus();
    });
}
