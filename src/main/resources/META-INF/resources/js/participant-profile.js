/* The profile page: saves the profile and the availability through the JSON API, one shared version. */
import {request} from './api.js';
import * as form from './participant-form.js';

const version = document.getElementById('participant-version');

function byId(id) {
    return document.getElementById(id);
}

function saved(target, answer) {
    version.value = answer.data.version;
    target.querySelector('.p-status').textContent = form.texts().saved;
}

function initProfile(profile) {
    profile.addEventListener('submit', async function (event) {
        event.preventDefault();
        form.clear(profile);
        const body = {
            organisation: form.text(byId('organisation').value),
            group: form.text(byId('group').value),
            country: form.text(byId('country').value),
            sectors: form.list(byId('sectors').value),
            description: form.text(byId('description').value),
            offers: form.text(byId('offers').value),
            seeks: form.text(byId('seeks').value),
            languages: form.list(byId('languages').value),
            email: form.text(byId('email').value),
            version: Number(version.value)
        };
        let answer;
        try {
            answer = await request('PUT', profile.dataset.url, body);
        } catch (problem) {
            form.refused(profile, problem, form.texts().problem, function (path) {
                // "$.sectors[2]" names the sectors field.
                const match = /^\$\.([A-Za-z]+)/.exec(path);
                const message = match && byId(match[1] + '-error');
                return message ? {control: byId(match[1]), message: message} : null;
            });
            return;
        }
        saved(profile, answer);
    });
}

function initAvailability(availability) {
    const list = byId('window-list');
    const windows = byId('windows');
    const template = byId('window-template');
    let next = list.children.length;

    function addWindow() {
        const row = template.content.firstElementChild.cloneNode(true);
        const n = next++;
        row.querySelectorAll('[data-field]').forEach(function (control) {
            control.id = 'w' + n + '-' + control.dataset.field;
        });
        row.querySelectorAll('label[data-for]').forEach(function (label) {
            label.htmlFor = 'w' + n + '-' + label.dataset.for;
        });
        row.querySelector('.p-field-error').id = 'w' + n + '-error';
        row.querySelectorAll('[data-needs-script]').forEach(function (control) {
            control.disabled = false;
        });
        list.appendChild(row);
        row.querySelector('select').focus();
    }

    function showMode() {
        windows.hidden = !byId('mode-windows').checked;
        if (!windows.hidden && list.children.length === 0) {
            addWindow();
        }
    }

    byId('mode-any').addEventListener('change', showMode);
    byId('mode-windows').addEventListener('change', showMode);
    byId('add-window').addEventListener('click', addWindow);
    list.addEventListener('click', function (event) {
        const remove = event.target.closest('[data-remove]');
        if (remove) {
            const row = remove.closest('li');
            const focus = row.nextElementSibling || row.previousElementSibling;
            row.remove();
            (focus ? focus.querySelector('select') : byId('add-window')).focus();
        }
    });

    availability.addEventListener('submit', async function (event) {
        event.preventDefault();
        form.clear(availability);
        const rows = Array.from(list.children);
        const any = byId('mode-any').checked;
        if (!any && rows.length === 0) {
            form.refused(availability, {}, form.texts().noWindow);
            return;
        }
        const body = {
            availability: any ? null : rows.map(function (row) {
                return {
                    session: row.querySelector('[data-field=session]').value,
                    from: row.querySelector('[data-field=from]').value,
                    to: row.querySelector('[data-field=to]').value
                };
            }),
            version: Number(version.value)
        };
        let answer;
        try {
            answer = await request('PUT', availability.dataset.url, body);
        } catch (problem) {
            form.refused(availability, problem, form.texts().problem, function (path) {
                // "$.availability[1].from" names the second window's start.
                const match = /availability\[(\d+)\](?:\.([a-z]+))?/.exec(path);
                const row = match ? rows[Number(match[1])] : null;
                if (!row) {
                    return null;
                }
                const control = row.querySelector('[data-field=' + (match[2] || 'from') + ']')
                    || row.querySelector('[data-field=from]');
                return {control: control, message: row.querySelector('.p-field-error')};
            });
            return;
        }
        saved(availability, answer);
    });
}

const profile = byId('profile-form');
if (profile) {
    initProfile(profile);
}
const availability = byId('availability-form');
if (availability) {
    initAvailability(availability);
}
form.ready();
