/*
 * The set-up page's event settings and the event's life: saving its name, venue, time zone, fairness minimum and
 * whether participants may check themselves in;
 * archiving, restoring and deleting it (after a dialog that names what is lost); tables in bulk and table hosts.
 */
import {request} from './api.js';
import * as setup from './setup-common.js';
import {format} from './text.js';
import {preview, readPattern} from './event-tables.js';

function initSettings() {
    const form = document.getElementById('settings-form');
    const area = document.getElementById('settings-result');
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const value = function (name) {
            return form.querySelector('[name=' + name + ']').value.trim();
        };
        const body = {
            name: value('name'), venue: value('venue') || null, timezone: value('timezone'),
            minimumMeetings: value('minimumMeetings') === '' ? null : Number(value('minimumMeetings')),
            selfCheckIn: form.querySelector('[name=selfCheckIn]').checked,
            version: Number(form.dataset.version)
        };
        let answer;
        try {
            answer = await request('PUT', setup.eventUrl(''), body);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        form.dataset.version = answer.data.version;
        setup.clearErrors(form, area);
        document.querySelectorAll('.event-title').forEach(function (title) {
            title.firstChild.textContent = answer.data.name + ' ';
        });
        setup.notice(area, form.dataset.saved);
    });

    async function lifeStep(path, area) {
        try {
            await request('POST', setup.eventUrl(path));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        window.location.reload();
    }

    const archive = document.getElementById('event-archive');
    if (archive) {
        archive.addEventListener('click', function () {
            lifeStep('/archive', area);
        });
    }
    const restore = document.getElementById('event-restore');
    if (restore) {
        restore.addEventListener('click', function () {
            lifeStep('/restore', area);
        });
    }
    const dialog = document.getElementById('delete-dialog');
    document.getElementById('event-delete').addEventListener('click', function () {
        dialog.showModal();
    });
    dialog.addEventListener('close', async function () {
        if (dialog.returnValue !== 'delete') {
            document.getElementById('event-delete').focus();
            return;
        }
        try {
            await request('DELETE', setup.eventUrl(''));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        window.location.assign('/events');
    });
}

function initBatch() {
    const form = document.getElementById('batch-form');
    const area = document.getElementById('batch-result');
    const block = form.querySelector('.table-pattern');
    preview(block);
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const batch = readPattern(block);
        let answer;
        try {
            answer = await request('POST', setup.eventUrl('/tables/batch'), batch);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        setup.clearErrors(form, area);
        await setup.refresh(['tables-list', 'host-section']);
        setup.notice(area, format(form.dataset.added, {n: answer.data.length}));
    });
}

function initHosts() {
    document.addEventListener('submit', async function (event) {
        const form = event.target.closest('#host-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        const area = document.getElementById('host-result');
        const table = document.getElementById('host-table').value;
        const select = document.getElementById('host-participant');
        try {
            await request('PUT', setup.eventUrl('/tables/' + encodeURIComponent(table) + '/host'),
                {participant: select.value || null});
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        setup.clearErrors(form, area);
        await setup.refresh(['tables-list']);
        const who = select.options[select.selectedIndex].textContent;
        setup.notice(area, select.value ? format(form.dataset.saved, {t: table, p: who})
            : format(form.dataset.cleared, {t: table}));
    });
}

initSettings();
initBatch();
initHosts();
