// The last actions that can be undone (moves, take-outs, pins, no-shows, cancellations), said in the page's language: the newest
// with its Undo button, earlier ones in a list below it. On the timetable that list sits below the grid (it must not
// push the grid about while meetings are moved), and the newest's Undo, the outcome and any refusal are shown among
// the grid's sticky tools, in view. An undo reloads the page, so that the grid, the unscheduled list and the changes
// all show what it restored; the outcome is said once it is back.
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {element, format} from './text.js';

const AFTER_RELOAD = 'matchday-undone';
const root = document.getElementById('undo');
if (root) {
    undoing(root);
}

function undoing(root) {
    const messages = root.dataset;
    const url = '/api/events/' + root.dataset.event + '/undo';
    const status = document.getElementById('grid-status') || document.getElementById('undo-status');
    const problemBox = document.getElementById('grid-problem') || document.getElementById('undo-problem');
    const latest = document.getElementById('undo-latest');
    const earlier = document.getElementById('undo-earlier');
    const list = document.getElementById('undo-list');
    const last = document.getElementById('undo-last');
    const time = new Intl.DateTimeFormat(document.documentElement.lang || 'en',
        {hour: '2-digit', minute: '2-digit'});

    function where(placement) {
        return placement.start.replace('T', ' ') + ' · ' + placement.table;
    }

    /** What the action did, in the page's language. */
    function words(action) {
        const [a, b] = action.names;
        switch (action.kind) {
            case 'MOVE':
                return format(action.pinned ? messages.msgMovePinned : messages.msgMove, [a, b, where(action.after)]);
            case 'TAKE_OUT': return format(messages.msgTakeOut, [a, b]);
            case 'PIN': return format(messages.msgPin, [a, b]);
            case 'UNPIN': return format(messages.msgUnpin, [a, b]);
            case 'CANCELLATION': return format(messages.msgCancellation, [a, action.meetings]);
            default: return format(messages.msgNoShow, [a, action.meetings]);
        }
    }

    function blockedWords(code) {
        const key = 'msgBlocked' + code.toLowerCase().split('_')
            .map(function (part) { return part.charAt(0).toUpperCase() + part.slice(1); }).join('');
        return messages[key] || code;
    }

    function item(tag, action) {
        const node = element(tag);
        const what = words(action);
        node.appendChild(element('span', 'what', format(messages.msgBy,
            [what, action.by + ', ' + time.format(new Date(action.at))])));
        if (action.blockedCode) {
            node.appendChild(element('span', 'muted', blockedWords(action.blockedCode)));
        } else {
            const button = element('button', 'secondary', messages.msgButton);
            button.type = 'button';
            button.dataset.undo = action.id;
            button.setAttribute('aria-label', format(messages.msgButtonLabel, [what]));
            button.addEventListener('click', function () { undo(action, what, button); });
            node.appendChild(button);
        }
        return node;
    }

    let asked = 0;

    async function refresh() {
        // Actions follow each other faster than the list comes back: only the newest answer is shown.
        const ask = ++asked;
        let body;
        try {
            body = (await request('GET', url)).data;
        } catch {
            return;
        }
        if (ask !== asked) {
            return;
        }
        const actions = body.actions || [];
        latest.replaceChildren();
        list.replaceChildren();
        latest.hidden = actions.length === 0;
        if (actions.length > 0) {
            latest.appendChild(item('span', actions[0]));
        }
        actions.slice(1).forEach(function (action) { list.appendChild(item('li', action)); });
        earlier.hidden = actions.length < 2;
        if (last) {
            const newest = actions[0];
            last.hidden = !newest || Boolean(newest.blockedCode);
            if (!last.hidden) {
                const what = words(newest);
                last.setAttribute('aria-label', format(messages.msgButtonLabel, [what]));
                last.title = what;
                last.onclick = function () { undo(newest, what, last); };
            }
        }
    }

    async function undo(action, what, button) {
        button.disabled = true;
        clearProblem(problemBox);
        try {
            await request('POST', url, {action: action.id});
        } catch (problem) {
            button.disabled = false;
            showProblem(problemBox, problem, {lead: messages.msgFailed});
            await refresh();
            return;
        }
        sessionStorage.setItem(AFTER_RELOAD, format(messages.msgDone, [what]));
        location.reload();
    }

    const said = sessionStorage.getItem(AFTER_RELOAD);
    if (said) {
        sessionStorage.removeItem(AFTER_RELOAD);
        status.textContent = said;
        status.tabIndex = -1;
        status.focus();
    }
    document.body.addEventListener('schedule-changed', refresh);
    document.body.addEventListener('actions-changed', refresh);
    refresh();
}
