/* The partner search: sends a wish from a result through the JSON API and says how it went, in the result. */
'use strict';

(function () {
    const api = window.MatchdayParticipant;

    document.addEventListener('submit', async function (event) {
        const form = event.target.closest('.p-wish-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        api.clear(form);
        const sessions = Array.from(form.querySelectorAll('[data-session]:checked')).map(function (box) {
            return box.value;
        });
        const body = {
            to: form.dataset.to,
            priority: Number(form.querySelector('[data-field=priority]').value),
            note: api.text(form.querySelector('[data-field=note]').value),
            sessions: sessions.length === 0 ? null : sessions
        };
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        const result = await api.send('POST', form.dataset.url, body);
        button.disabled = false;
        if (result.ok) {
            const status = form.parentElement.querySelector('.p-status');
            form.hidden = true;
            status.textContent = form.dataset.sent;
            status.tabIndex = -1;
            status.focus();
            return;
        }
        // A refused wish names the phase or the matchmaking rule in the problem's detail.
        api.showProblem(form, result, api.texts().problem, function (path) {
            const match = /^\$\.(priority|note)$/.exec(path || '');
            if (!match) {
                return null;
            }
            const control = form.querySelector('[data-field=' + match[1] + ']');
            let error = control.parentElement.querySelector('.p-field-error');
            if (!error) {
                error = document.createElement('p');
                error.className = 'p-field-error';
                error.id = control.id + '-error';
                control.parentElement.appendChild(error);
            }
            return {control: control, error: error};
        });
    });
    api.ready();
})();
