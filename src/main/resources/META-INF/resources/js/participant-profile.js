/* The profile page: saves the profile and the availability through the JSON API, one shared version. */
'use strict';

(function () {
    const api = window.MatchdayParticipant;
    const version = document.getElementById('participant-version');

    function byId(id) {
        return document.getElementById(id);
    }

    function saved(form, result) {
        version.value = result.data.version;
        form.querySelector('.p-status').textContent = api.texts().saved;
    }

    const profile = byId('profile-form');
    if (profile) {
        profile.addEventListener('submit', async function (event) {
            event.preventDefault();
            api.clear(profile);
            const body = {
                organisation: api.text(byId('organisation').value),
                group: api.text(byId('group').value),
                country: api.text(byId('country').value),
                sectors: api.list(byId('sectors').value),
                description: api.text(byId('description').value),
                offers: api.text(byId('offers').value),
                seeks: api.text(byId('seeks').value),
                languages: api.list(byId('languages').value),
                email: api.text(byId('email').value),
                version: Number(version.value)
            };
            const result = await api.send('PUT', profile.dataset.url, body);
            if (result.ok) {
                saved(profile, result);
                return;
            }
            api.showProblem(profile, result, api.texts().problem, function (path) {
                // "$.sectors[2]" names the sectors field.
                const match = /^\$\.([A-Za-z]+)/.exec(path || '');
                return match ? {control: byId(match[1]), error: byId(match[1] + '-error')} : null;
            });
        });
    }

    const availability = byId('availability-form');
    if (!availability) {
        api.ready();
        return;
    }
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
        api.clear(availability);
        const rows = Array.from(list.children);
        const any = byId('mode-any').checked;
        if (!any && rows.length === 0) {
            api.showProblem(availability, {status: 400, data: {}}, api.texts().noWindow, null);
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
        const result = await api.send('PUT', availability.dataset.url, body);
        if (result.ok) {
            saved(availability, result);
            return;
        }
        api.showProblem(availability, result, api.texts().problem, function (path) {
            // "$.availability[1].from" names the second window's start.
            const match = /availability\[(\d+)\](?:\.([a-z]+))?/.exec(path || '');
            const row = match ? rows[Number(match[1])] : null;
            if (!row) {
                return null;
            }
            const control = row.querySelector('[data-field=' + (match[2] || 'from') + ']')
                || row.querySelector('[data-field=from]');
            return {control: control, error: row.querySelector('.p-field-error')};
        });
    });
    api.ready();
})();
