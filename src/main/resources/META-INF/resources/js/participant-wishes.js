/* The wishes page: withdraw, accept or decline through the JSON API, then show the page as it now stands. */
import {request} from './api.js';
import * as form from './participant-form.js';

document.addEventListener('click', async function (event) {
    const button = event.target.closest('.p-wish-actions button[data-url]');
    if (!button) {
        return;
    }
    const actions = button.closest('.p-wish-actions');
    form.clear(actions);
    actions.querySelectorAll('button').forEach(function (b) {
        b.disabled = true;
    });
    try {
        await request(button.dataset.method, button.dataset.url);
    } catch (problem) {
        actions.querySelectorAll('button').forEach(function (b) {
            b.disabled = false;
        });
        form.refused(actions, problem, form.texts().problem);
        return;
    }
    const target = new URL('/participant/wishes?done=' + encodeURIComponent(button.dataset.done)
        + '#wish-' + encodeURIComponent(button.dataset.wish), window.location.href);
    if (target.pathname + target.search === window.location.pathname + window.location.search) {
        // Only the fragment differs: assigning it would not load the page again.
        window.location.hash = target.hash;
        window.location.reload();
    } else {
        window.location.assign(target.href);
    }
});
form.ready();
