/*
 * The new-event page: a whole event from nothing (settings, sessions, tables) sent as one matchday-event/1 document
 * to the import, so that it is stored all or nothing and every problem comes back next to its field; or a copy of
 * an earlier event.
 */
import {request} from './api.js';
import * as setup from './setup-common.js';
import {format} from './text.js';
import {preview, readPattern, tablesOf} from './event-tables.js';

function nextDay(date) {
    if (!date) {
        return '';
    }
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().substring(0, 10);
}

function initCreate() {
    const form = document.getElementById('create-form');
    const rows = document.getElementById('session-rows');
    const template = document.getElementById('session-row');
    const area = document.getElementById('create-result');
    const zone = document.getElementById('e-timezone');
    if (!zone.value && typeof Intl !== 'undefined') {
        zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }

    function renumber() {
        Array.prototype.forEach.call(rows.children, function (row, i) {
            row.querySelector('.session-legend').textContent = format(rows.dataset.legend, {n: i + 1});
            row.dataset.path = '$.sessions[' + i + ']';
            row.querySelectorAll('[data-field]').forEach(function (field) {
                field.dataset.path = '$.sessions[' + i + '].' + field.dataset.field;
            });
            row.querySelector('[data-remove-session]').hidden = rows.children.length === 1;
        });
    }

    function addSession() {
        const last = rows.lastElementChild;
        rows.appendChild(template.content.cloneNode(true));
        const row = rows.lastElementChild;
        if (last) {
            ['start', 'end', 'meetingMinutes', 'gapMinutes', 'pauseStart', 'pauseEnd'].forEach(function (name) {
                row.querySelector('[name=' + name + ']').value = last.querySelector('[name=' + name + ']').value;
            });
            row.querySelector('[name=date]').value = nextDay(last.querySelector('[name=date]').value);
        }
        renumber();
        return row;
    }

    addSession();
    document.getElementById('add-session').addEventListener('click', function () {
        addSession().querySelector('input').focus();
    });
    rows.addEventListener('click', function (event) {
        const button = event.target.closest('[data-remove-session]');
        if (button) {
            button.closest('.session-row').remove();
            renumber();
            document.getElementById('add-session').focus();
        }
    });
    const tables = form.querySelector('.table-pattern');
    // Here the tables travel inside the event's document: its problems name $.tables[i].
    tables.querySelector('[name=pattern]').dataset.path = '$.tables';
    preview(tables);

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const sessions = Array.prototype.map.call(rows.children, function (row, i) {
            const value = function (name) {
                return row.querySelector('[name=' + name + ']').value;
            };
            const session = {
                id: 's' + (i + 1), date: value('date'), start: value('start'), end: value('end'),
                meetingMinutes: value('meetingMinutes') === '' ? null : Number(value('meetingMinutes')),
                gapMinutes: value('gapMinutes') === '' ? 0 : Number(value('gapMinutes'))
            };
            if (value('pauseStart') || value('pauseEnd')) {
                session.breaks = [{start: value('pauseStart'), end: value('pauseEnd')}];
            }
            return session;
        });
        const batch = readPattern(tables);
        const document_ = {
            format: 'matchday-event/1',
            name: form.querySelector('[name=name]').value.trim(),
            timezone: zone.value.trim(),
            venue: form.querySelector('[name=venue]').value.trim() || null,
            sessions: sessions,
            tables: batch.count > 0 ? tablesOf(batch) : []
        };
        let answer;
        try {
            answer = await request('POST', '/api/events/import', document_);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        window.location.assign('/events/' + answer.data.id + '/setup');
    });
}

function initCopy() {
    const form = document.getElementById('copy-form');
    if (!form) {
        return;
    }
    const area = document.getElementById('copy-result');
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const source = document.getElementById('copy-source').value;
        const body = {
            name: document.getElementById('copy-name').value.trim(),
            firstDate: document.getElementById('copy-date').value || null,
            participants: document.getElementById('copy-participants').checked,
            asNextEdition: document.getElementById('copy-next-edition').checked
        };
        let answer;
        try {
            answer = await request('POST', '/api/events/' + source + '/copy', body);
        } catch (problem) {
            setup.refused(form, area, problem, form.dataset.notSaved);
            return;
        }
        window.location.assign('/events/' + answer.data.id + '/setup');
    });
}

initCreate();
initCopy();
