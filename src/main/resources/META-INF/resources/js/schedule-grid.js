// The organiser's grid: move meetings by drag and drop or with the keyboard, pin, unpin and take them out through
// the meetings API. The grid keeps one tab stop (arrow keys move it); a refused move is explained beside the grid,
// naming each rule it would break, and every outcome is announced in the status line.
import {request} from './api.js';
import {confirmAction} from './confirm-dialog.js';
import {clearProblem, showProblem} from './problem.js';
import {format} from './text.js';

const grid = document.getElementById('grid');
if (grid && grid.dataset.editable === 'true') {
    editable(grid);
}

function editable(grid) {
    const eventId = grid.dataset.event;
    const messages = document.getElementById('grid-messages').dataset;
    const status = document.getElementById('grid-status');
    const problemBox = document.getElementById('grid-problem');
    const panel = document.getElementById('meeting-panel');
    const panelText = document.getElementById('panel-text');
    const unscheduled = document.getElementById('unscheduled');
    const people = JSON.parse(document.getElementById('people').textContent);
    const ruleNames = {};
    document.querySelectorAll('#rule-names [data-rule]').forEach(function (item) {
        ruleNames[item.dataset.rule] = item.textContent;
    });
    const tables = Array.from(grid.tHead.rows[0].cells).slice(1)
        .map(function (th) { return {code: th.dataset.table, name: th.textContent.trim()}; });
    const rows = Array.from(grid.querySelectorAll('tbody tr[data-start]'));

    let current = null;
    let held = null;
    let dragged = null;
    let refusedCell = null;

    function name(code) {
        return people[code] ? people[code][0] : code;
    }

    function label(code) {
        const person = people[code];
        return person && person[1] ? person[0] + ' (' + person[1] + ')' : name(code);
    }

    function cellAt(row, column) {
        const tr = rows[row];
        return tr ? tr.cells[column + 1] : null;
    }

    function position(cell) {
        return {row: rows.indexOf(cell.parentElement), column: cell.cellIndex - 1};
    }

    function meetingIn(cell) {
        return cell ? cell.querySelector('.m') : null;
    }

    function whereOf(cell) {
        const table = tables[cell.cellIndex - 1];
        const start = cell.parentElement.dataset.start;
        return {table: table.name, tableCode: table.code, start: start, time: start.replace('T', ' ')};
    }

    function path(meeting) {
        return '/api/events/' + eventId + '/meetings/' + encodeURIComponent(meeting.a) + '/'
            + encodeURIComponent(meeting.b);
    }

    function say(text) {
        status.textContent = text;
    }

    function unrefuse() {
        clearProblem(problemBox);
        if (refusedCell) {
            refusedCell.classList.remove('refused');
            refusedCell = null;
        }
    }

    /** The problem's rules (translated where we know them) with the solver's own words, or its detail. */
    function refuse(title, body) {
        unrefuse();
        showProblem(problemBox, body, {
            lead: title,
            name: function (rule) {
                return ruleNames[rule] || rule;
            },
            detail: 'alone'
        });
    }

    function showPanel(cell) {
        const meeting = held || (meetingIn(cell) && dataOf(meetingIn(cell)));
        const buttons = panel.querySelectorAll('button[data-action]');
        if (!meeting || held) {
            panelText.textContent = held ? format(messages.picked, [name(held.a), name(held.b)]) : messages.panelNone;
            buttons.forEach(function (button) { button.disabled = true; });
            return;
        }
        const where = whereOf(cell);
        const pinned = meetingIn(cell).classList.contains('pinned');
        panelText.textContent = format(messages.panel, [label(meeting.a), label(meeting.b), where.table, where.time])
            + (pinned ? ' ' + messages.panelPinned : '');
        buttons.forEach(function (button) {
            const action = button.dataset.action;
            button.disabled = action === 'pin' && pinned || action === 'unpin' && !pinned;
        });
    }

    function dataOf(element) {
        return {a: element.dataset.a, b: element.dataset.b, version: element.dataset.v, element: element,
            from: element.parentElement};
    }

    function setCurrent(cell, focus) {
        if (current && current !== cell) {
            current.tabIndex = -1;
        }
        current = cell;
        cell.tabIndex = 0;
        if (focus) {
            cell.focus();
        }
        showPanel(cell);
    }

    function setPinned(element, pinned) {
        element.classList.toggle('pinned', pinned);
        let marker = element.querySelector('.pin');
        if (pinned && !marker) {
            marker = document.createElement('span');
            marker.className = 'pin';
            const text = document.createElement('span');
            text.className = 'vh';
            text.textContent = messages.pinLabel;
            marker.appendChild(text);
            element.appendChild(marker);
        } else if (!pinned && marker) {
            marker.remove();
        }
    }

    function createMeeting(a, b) {
        const element = document.createElement('div');
        element.className = 'm';
        element.draggable = true;
        element.dataset.a = a;
        element.dataset.b = b;
        [a, b].forEach(function (code) {
            const span = document.createElement('span');
            span.textContent = name(code);
            element.appendChild(span);
        });
        return element;
    }

    function changed() {
        document.body.dispatchEvent(new CustomEvent('schedule-changed'));
    }

    function release() {
        if (held && held.element) {
            held.element.classList.remove('held');
        }
        held = null;
        grid.classList.remove('moving');
    }

    function pickUp(meeting) {
        release();
        unrefuse();
        held = meeting;
        if (meeting.element) {
            meeting.element.classList.add('held');
        }
        grid.classList.add('moving');
        say(format(messages.picked, [name(meeting.a), name(meeting.b)]));
        if (current) {
            showPanel(current);
        }
    }

    function cancel() {
        const from = held.from;
        release();
        say(messages.cancelled);
        setCurrent(from || current, true);
    }

    async function drop(cell) {
        const meeting = held;
        if (meeting.from === cell) {
            cancel();
            return;
        }
        release();
        const where = whereOf(cell);
        const body = {start: where.start, table: where.tableCode};
        if (meeting.version) {
            body.version = Number(meeting.version);
        }
        let view;
        try {
            view = (await request('PUT', path(meeting), body)).data;
        } catch (problem) {
            if (problem.network) {
                failed(problem);
                return;
            }
            const title = format(messages.refused, [name(meeting.a), name(meeting.b), where.table, where.time]);
            // The alert beside the grid announces the refusal; the status line would only repeat it.
            say('');
            refuse(title, problem);
            cell.classList.add('refused');
            refusedCell = cell;
            setCurrent(meeting.from || cell, true);
            return;
        }
        const element = meeting.element || createMeeting(meeting.a, meeting.b);
        cell.appendChild(element);
        element.dataset.v = view.version;
        setPinned(element, view.pinned);
        unrefuse();
        say(format(messages.moved, [name(meeting.a), name(meeting.b), where.table, where.time]));
        setCurrent(cell, true);
        changed();
    }

    function failed(problem) {
        refuse(messages.failed, problem);
        say(messages.failed);
    }

    async function setPin(cell, pinned) {
        const element = meetingIn(cell);
        const meeting = dataOf(element);
        let view;
        try {
            view = (await request(pinned ? 'PUT' : 'DELETE', path(meeting) + '/pin')).data;
        } catch (problem) {
            failed(problem);
            return;
        }
        element.dataset.v = view.version;
        setPinned(element, view.pinned);
        unrefuse();
        say(format(view.pinned ? messages.pinned : messages.unpinned, [name(meeting.a), name(meeting.b)]));
        showPanel(cell);
        document.body.dispatchEvent(new CustomEvent('actions-changed'));
    }

    /** Takes the meeting out once the organiser has confirmed, saying whose meeting and where. */
    async function takeOut(cell) {
        const element = meetingIn(cell);
        const meeting = dataOf(element);
        const where = whereOf(cell);
        const confirmed = await confirmAction({
            title: messages.confirmTakeOutTitle,
            text: format(messages.confirmTakeOutText, [label(meeting.a), label(meeting.b), where.table, where.time]),
            confirm: messages.confirmTakeOut,
            cancel: messages.confirmCancel,
            danger: true
        });
        if (!confirmed || meetingIn(cell) !== element) {
            return;
        }
        try {
            await request('DELETE', path(meeting) + '/slot');
        } catch (problem) {
            failed(problem);
            return;
        }
        element.remove();
        unrefuse();
        say(format(messages.unscheduled, [name(meeting.a), name(meeting.b)]));
        showPanel(cell);
        changed();
    }

    function move(cell, rowStep, columnStep) {
        const at = position(cell);
        const row = Math.max(0, Math.min(rows.length - 1, at.row + rowStep));
        const column = Math.max(0, Math.min(tables.length - 1, at.column + columnStep));
        return cellAt(row, column);
    }

    grid.addEventListener('keydown', function (event) {
        const cell = event.target.closest('td');
        if (!cell || !grid.contains(cell)) {
            return;
        }
        let next = null;
        switch (event.key) {
            case 'ArrowRight': next = move(cell, 0, 1); break;
            case 'ArrowLeft': next = move(cell, 0, -1); break;
            case 'ArrowDown': next = move(cell, 1, 0); break;
            case 'ArrowUp': next = move(cell, -1, 0); break;
            case 'PageDown': next = move(cell, 5, 0); break;
            case 'PageUp': next = move(cell, -5, 0); break;
            case 'Home': next = event.ctrlKey ? cellAt(0, 0) : move(cell, 0, -tables.length); break;
            case 'End': next = event.ctrlKey ? cellAt(rows.length - 1, tables.length - 1)
                : move(cell, 0, tables.length); break;
            case 'Enter':
                event.preventDefault();
                if (held) {
                    drop(cell);
                } else if (meetingIn(cell)) {
                    pickUp(dataOf(meetingIn(cell)));
                }
                return;
            case 'Escape':
                if (held) {
                    event.preventDefault();
                    cancel();
                }
                return;
            case 'p':
            case 'P':
                if (!held && meetingIn(cell)) {
                    event.preventDefault();
                    setPin(cell, !meetingIn(cell).classList.contains('pinned'));
                }
                return;
            case 'Delete':
            case 'Backspace':
                if (!held && meetingIn(cell)) {
                    event.preventDefault();
                    takeOut(cell);
                }
                return;
            default:
                return;
        }
        event.preventDefault();
        if (next) {
            setCurrent(next, true);
        }
    });

    grid.addEventListener('focusin', function (event) {
        const cell = event.target.closest('td');
        if (cell && cell !== current) {
            setCurrent(cell, false);
        }
    });

    panel.addEventListener('click', function (event) {
        const button = event.target.closest('button[data-action]');
        if (!button || !current || !meetingIn(current)) {
            return;
        }
        const cell = current;
        const action = button.dataset.action;
        if (action === 'move') {
            pickUp(dataOf(meetingIn(cell)));
        } else if (action === 'pin' || action === 'unpin') {
            setPin(cell, action === 'pin');
        } else if (action === 'unschedule') {
            takeOut(cell);
        }
        cell.focus();
    });

    if (unscheduled) {
        unscheduled.addEventListener('click', function (event) {
            const button = event.target.closest('[data-place]');
            if (!button) {
                return;
            }
            const row = button.closest('tr.u');
            pickUp({a: row.dataset.a, b: row.dataset.b, version: null, element: null, from: null});
            setCurrent(current, true);
        });
        unscheduled.addEventListener('dragstart', function (event) {
            const row = event.target.closest('tr.u');
            if (row) {
                startDrag(event, {a: row.dataset.a, b: row.dataset.b, version: null, element: null, from: null});
            }
        });
    }

    function startDrag(event, meeting) {
        release();
        dragged = meeting;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', meeting.a + ' ' + meeting.b);
    }

    function unmark() {
        grid.querySelectorAll('td.drop-target').forEach(function (cell) { cell.classList.remove('drop-target'); });
    }

    grid.addEventListener('dragstart', function (event) {
        const element = event.target.closest && event.target.closest('.m');
        if (element) {
            startDrag(event, dataOf(element));
        }
    });
    grid.addEventListener('dragover', function (event) {
        const cell = dragged && event.target.closest('td');
        if (cell) {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (!cell.classList.contains('drop-target')) {
                unmark();
                cell.classList.add('drop-target');
            }
        }
    });
    grid.addEventListener('drop', function (event) {
        const cell = dragged && event.target.closest('td');
        if (!cell) {
            return;
        }
        event.preventDefault();
        unmark();
        held = dragged;
        dragged = null;
        drop(cell);
    });
    document.addEventListener('dragend', function () {
        dragged = null;
        unmark();
    });

    // Markup stays small for large events: cells become focusable and meetings draggable here.
    rows.forEach(function (row) {
        for (let i = 1; i < row.cells.length; i++) {
            row.cells[i].tabIndex = -1;
        }
    });
    grid.querySelectorAll('.m').forEach(function (element) {
        element.draggable = true;
    });
    const first = grid.querySelector('tbody td');
    if (first) {
        setCurrent(first, false);
    }
}
