/* The partner search: sends a wish from a result through the JSON API and says how it went, in the result. */
import {request} from './api.js';
import * as form from './participant-form.js';

document.addEventListener('submit', async function (event) {
    const wish = event.target.closest('.p-wish-form');
    if (!wish) {
        return;
    }
    event.preventDefault();
    form.clear(wish);
    const sessions = Array.from(wish.querySelectorAll('[data-session]:checked')).map(function (box) {
        return box.value;
    });
    const body = {
        to: wish.dataset.to,
        priority: Number(wish.querySelector('[data-field=priority]').value),
        note: form.text(wish.querySelector('[data-field=note]').value),
        sessions: sessions.length === 0 ? null : sessions
    };
    const button = wish.querySelector('button[type=submit]');
    button.disabled = true;
    try {
        await request('POST', wish.dataset.url, body);
    } catch (problem) {
        button.disabled = false;
        // A refused wish names the phase or the matchmaking rule in the problem's detail.
        form.refused(wish, problem, form.texts().problem, function (path) {
            const match = /^\$\.(priority|note)$/.exec(path);
            if (!match) {
                return null;
            }
            const control = wish.querySelector('[data-field=' + match[1] + ']');
            let message = control.parentElement.querySelector('.p-field-error');
            if (!message) {
                message = document.createElement('p');
                message.className = 'p-field-error';
                message.id = control.id + '-error';
                control.parentElement.appendChild(message);
            }
            return {control: control, message: message};
        });
        return;
    }
    button.disabled = false;
    const status = wish.parentElement.querySelector('.p-status');
    wish.hidden = true;
    status.textContent = wish.dataset.sent;
    status.tabIndex = -1;
    status.focus();
});
form.ready();
