/*
 * The set-up page: adding, editing and deleting sessions (with a live preview of the slots they make) and tables,
 * through the API with the version last read.
 */
import {request} from './api.js';
import * as setup from './setup-common.js';
import {element, format} from './text.js';

function noop() {
}

/** One editor: a form that adds an element, or edits the one loaded into it. */
function editor(options) {
    const afterReset = options.afterReset || noop;
    const afterFill = options.afterFill || noop;
    const afterSave = options.afterSave || noop;
    const form = document.getElementById(options.form);
    const title = document.getElementById(options.title);
    const area = form.querySelector('.result');
    const cancel = document.getElementById(options.cancel);
    const remove = document.getElementById(options.remove);
    const idField = form.elements.id;
    let editing = null;

    function reset() {
        editing = null;
        form.reset();
        idField.readOnly = false;
        title.textContent = title.dataset.add;
        cancel.hidden = true;
        remove.hidden = true;
        setup.clearErrors(form);
        afterReset();
    }

    async function load(id) {
        let answer;
        try {
            answer = await request('GET', setup.eventUrl(options.path + '/' + encodeURIComponent(id)));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        reset();
        editing = answer.data;
        options.fill(answer.data);
        idField.readOnly = true;
        title.textContent = format(title.dataset.edit, {id: id});
        cancel.hidden = false;
        remove.hidden = false;
        afterFill();
        title.focus();
    }

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const body = options.read();
        let answer;
        if (editing) {
            body.version = editing.version;
        }
        try {
            answer = editing
                ? await request('PUT', setup.eventUrl(options.path + '/' + encodeURIComponent(editing.id)), body)
                : await request('POST', setup.eventUrl(options.path), body);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        reset();
        setup.notice(area, setup.texts.saved);
        await setup.refresh([options.list]);
        afterSave(answer.data);
    });

    cancel.addEventListener('click', function () {
        reset();
        title.focus();
    });

    remove.addEventListener('click', async function () {
        if (!editing || !window.confirm(format(form.dataset.confirmDelete, {id: editing.id}))) {
            return;
        }
        try {
            await request('DELETE', setup.eventUrl(options.path + '/' + encodeURIComponent(editing.id)));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        reset();
        setup.notice(area, setup.texts.deleted);
        await setup.refresh([options.list]);
    });

    document.addEventListener('click', function (event) {
        const button = event.target.closest('[' + options.editAttribute + ']');
        if (button) {
            load(button.getAttribute(options.editAttribute));
        }
    });
    return {reset: reset};
}

function initSessions() {
    const form = document.getElementById('session-form');
    const breaks = document.getElementById('breaks');
    const breakTemplate = document.getElementById('break-row');
    const preview = document.getElementById('slot-preview');
    const summary = document.getElementById('preview-summary');
    const list = document.getElementById('preview-list');

    function addBreak(pause) {
        breaks.appendChild(breakTemplate.content.cloneNode(true));
        const row = breaks.lastElementChild;
        if (pause) {
            row.querySelector('[name=break-start]').value = pause.start;
            row.querySelector('[name=break-end]').value = pause.end;
        }
        renumberBreaks();
        return row;
    }

    function renumberBreaks() {
        Array.prototype.forEach.call(breaks.children, function (row, i) {
            row.querySelector('.break-label').textContent = (i + 1) + '.';
            row.querySelector('[name=break-start]').dataset.path = '$.breaks[' + i + '].start';
            row.querySelector('[name=break-end]').dataset.path = '$.breaks[' + i + '].end';
        });
    }

    function pauses() {
        return Array.prototype.map.call(breaks.children, function (row) {
            return {start: row.querySelector('[name=break-start]').value,
                end: row.querySelector('[name=break-end]').value};
        });
    }

    function value(name) {
        return form.elements[name].value;
    }

    function renderPreview() {
        const date = value('date');
        const slots = window.MatchdaySlots.derive(value('start'), value('end'), value('meetingMinutes'),
            value('gapMinutes'), pauses());
        const shown = pauses().filter(function (p) {
            return p.start && p.end;
        }).sort(function (a, b) {
            return a.start < b.start ? -1 : 1;
        });
        const items = [];
        let next = 0;
        slots.forEach(function (slot) {
            while (next < shown.length && shown[next].start < slot.start) {
                items.push(pauseItem(shown[next++]));
            }
            const item = element('li', 'slot', slot.start + '–' + slot.end);
            item.dataset.start = (date ? date + 'T' : '') + slot.start;
            item.dataset.end = (date ? date + 'T' : '') + slot.end;
            items.push(item);
        });
        if (slots.length) {
            while (next < shown.length && shown[next].start < slots[slots.length - 1].end) {
                items.push(pauseItem(shown[next++]));
            }
        }
        list.replaceChildren.apply(list, items);
        summary.textContent = slots.length
            ? format(preview.dataset.count,
                {n: slots.length, first: slots[0].start, last: slots[slots.length - 1].end})
            : preview.dataset.none;
    }

    function pauseItem(pause) {
        return element('li', 'pause', format(preview.dataset.pause, {from: pause.start, to: pause.end}));
    }

    document.getElementById('add-break').addEventListener('click', function () {
        addBreak().querySelector('input').focus();
        renderPreview();
    });
    breaks.addEventListener('click', function (event) {
        const button = event.target.closest('[data-remove-break]');
        if (button) {
            button.closest('li').remove();
            renumberBreaks();
            renderPreview();
            document.getElementById('add-break').focus();
        }
    });
    form.addEventListener('input', renderPreview);
    form.addEventListener('change', renderPreview);

    editor({
        form: 'session-form', title: 'session-form-title', cancel: 'session-cancel', remove: 'session-delete',
        path: '/sessions', list: 'sessions-list', editAttribute: 'data-edit-session',
        read: function () {
            return {
                id: value('id').trim(),
                name: value('name').trim() || null,
                date: value('date'),
                start: value('start'),
                end: value('end'),
                meetingMinutes: Number(value('meetingMinutes')),
                gapMinutes: value('gapMinutes') === '' ? 0 : Number(value('gapMinutes')),
                breaks: pauses()
            };
        },
        fill: function (session) {
            form.elements.id.value = session.id;
            form.elements.name.value = session.name || '';
            form.elements.date.value = session.date;
            form.elements.start.value = session.start;
            form.elements.end.value = session.end;
            form.elements.meetingMinutes.value = session.meetingMinutes;
            form.elements.gapMinutes.value = session.gapMinutes === undefined ? 0 : session.gapMinutes;
            (session.breaks || []).forEach(addBreak);
        },
        afterReset: function () {
            breaks.replaceChildren();
            renderPreview();
        },
        afterFill: renderPreview
    });
    renderPreview();
}

function initTables() {
    const form = document.getElementById('table-form');
    editor({
        form: 'table-form', title: 'table-form-title', cancel: 'table-cancel', remove: 'table-delete',
        path: '/tables', list: 'tables-list', editAttribute: 'data-edit-table',
        read: function () {
            return {id: form.elements.id.value.trim(), name: form.elements.name.value.trim() || null};
        },
        fill: function (table) {
            form.elements.id.value = table.id;
            form.elements.name.value = table.name || '';
        },
        afterSave: function () {
            form.elements.id.focus();
        }
    });
}

initSessions();
initTables();
