// The desk on the event day: find a participant as you type (name or organisation) and check it in or undo it;
// the participant a QR code opened gets the same buttons at the top; book two participants a meeting on the spot
// and keep the queue of such meetings in view.
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {element, format} from './text.js';
import {showQueue} from './day-queue.js';

const root = document.getElementById('desk');
if (root) {
    desk(root);
}

function desk(root) {
    const messages = root.dataset;
    const eventId = root.dataset.event;
    // code -> [name, organisation, checked in at (local HH:mm, '' when not in), attendance ('' when expected)]
    const people = JSON.parse(document.getElementById('desk-people').textContent);
    const search = document.getElementById('desk-search');
    const results = document.getElementById('desk-results');
    const count = document.getElementById('desk-search-count');
    const problemBox = document.getElementById('desk-problem');
    const result = document.getElementById('desk-result');
    const clock = new Intl.DateTimeFormat('en-GB', {timeZone: root.dataset.zone, hour: '2-digit', minute: '2-digit',
        hourCycle: 'h23'});

    function label(code) {
        const person = people[code];
        return person[1] ? person[0] + ' (' + person[1] + ')' : person[0];
    }

    function status(code) {
        const person = people[code];
        return person[3] ? messages.msgAbsent : person[2] ? format(messages.msgIn, [person[2]]) : messages.msgNotIn;
    }

    // Every place that shows a participant (the focused card, a search result) follows its state.
    function refresh(code) {
        document.querySelectorAll('[data-status="' + CSS.escape(code) + '"]').forEach(function (node) {
            node.textContent = status(code);
        });
        const inside = Boolean(people[code][2]);
        document.querySelectorAll('[data-check-in="' + CSS.escape(code) + '"]').forEach(function (button) {
            button.hidden = inside;
        });
        document.querySelectorAll('[data-undo="' + CSS.escape(code) + '"]').forEach(function (button) {
            button.hidden = !inside;
        });
    }

    async function checkIn(code, undo, button) {
        clearProblem(problemBox);
        result.textContent = '';
        const url = '/api/events/' + eventId + '/participants/' + encodeURIComponent(code) + '/check-in';
        try {
            if (undo) {
                await request('DELETE', url);
                people[code][2] = '';
                result.textContent = format(messages.msgUndone, [label(code)]);
            } else {
                const answer = await request('POST', url);
                people[code][2] = clock.format(new Date(answer.data.checkedInAt));
                result.textContent = format(messages.msgCheckedIn, [label(code), people[code][2]]);
            }
        } catch (problem) {
            showProblem(problemBox, problem, {lead: messages.msgFailed});
            return;
        }
        refresh(code);
        // The button just pressed hides; its twin beside it takes the focus, so that a mistake is one key press away.
        const twin = button && button.parentElement
            ? button.parentElement.querySelector(undo ? '[data-check-in]' : '[data-undo]') : null;
        (twin || search).focus();
    }

    root.addEventListener('click', function (event) {
        const button = event.target.closest('button[data-check-in], button[data-undo]');
        if (!button) {
            return;
        }
        const undo = button.hasAttribute('data-undo');
        checkIn(undo ? button.dataset.undo : button.dataset.checkIn, undo, button);
    });

    function normal(text) {
        return (text || '').toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    }

    function show() {
        const words = normal(search.value).split(/\s+/).filter(Boolean);
        results.replaceChildren();
        if (words.length === 0) {
            count.textContent = '';
            return;
        }
        const found = Object.keys(people).filter(function (code) {
            const text = normal(people[code][0] + ' ' + people[code][1] + ' ' + code);
            return words.every(function (word) {
                return text.indexOf(word) >= 0;
            });
        });
        count.textContent = found.length ? format(messages.msgFound, [found.length]) : messages.msgNone;
        found.slice(0, 20).forEach(function (code) {
            const item = element('li', 'desk-person');
            const who = element('p', 'desk-who');
            who.appendChild(element('strong', null, people[code][0]));
            if (people[code][1]) {
                who.appendChild(element('span', 'desk-org', people[code][1]));
            }
            item.appendChild(who);
            const state = element('p', 'desk-status', status(code));
            state.dataset.status = code;
            item.appendChild(state);
            if (!people[code][3]) {
                const inside = Boolean(people[code][2]);
                const go = element('button', null, messages.msgCheckIn);
                go.type = 'button';
                go.dataset.checkIn = code;
                go.hidden = inside;
                go.setAttribute('aria-label', messages.msgCheckIn + ': ' + label(code));
                const back = element('button', 'secondary', messages.msgUndo);
                back.type = 'button';
                back.dataset.undo = code;
                back.hidden = !inside;
                back.setAttribute('aria-label', messages.msgUndo + ': ' + label(code));
                item.appendChild(go);
                item.appendChild(back);
            }
            results.appendChild(item);
        });
    }

    search.addEventListener('input', show);

    const form = document.getElementById('quick-form');
    const quickProblem = document.getElementById('quick-problem');
    const quickResult = document.getElementById('quick-result');
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        clearProblem(quickProblem);
        quickResult.textContent = '';
        const pair = [form.elements.a.value, form.elements.b.value];
        let answer;
        try {
            answer = await request('POST', '/api/events/' + eventId + '/meetings/quick', {participants: pair});
        } catch (problem) {
            showProblem(quickProblem, problem, {lead: messages.msgFailed});
            return;
        }
        quickResult.textContent = format(messages.msgBooked, [label(pair[0]), label(pair[1]),
            answer.data.start.slice(11, 16), answer.data.table]);
        form.reset();
        loadQueue();
    });

    const queue = document.getElementById('desk-queue');

    async function loadQueue() {
        let day;
        try {
            day = (await request('GET', '/api/events/' + eventId + '/day')).data;
        } catch (problem) {
            return;
        }
        showQueue(queue, day.quickBookings || [], messages);
    }

    loadQueue();
    if (search.value) {
        show();
    }
}
