/* The wishes page: withdraw, accept or decline through the JSON API, then show the page as it now stands. */
'use strict';

(function () {
    const api = window.MatchdayParticipant;

    document.addEventListener('click', async function (event) {
        const button = event.target.closest('.p-wish-actions button[data-url]');
        if (!button) {
            return;
        }
        const actions = button.closest('.p-wish-actions');
        api.clear(actions);
        actions.querySelectorAll('button').forEach(function (b) {
            b.disabled = true;
        });
        const result = await api.send(button.dataset.method, button.dataset.url);
        if (result.ok) {
            const target = new URL('/participant/wishes?done=' + encodeURIComponent(button.dataset.done)
                + '#wish-' + encodeURIComponent(button.dataset.wish), window.location.href);
            if (target.pathname + target.search === window.location.pathname + window.location.search) {
                // Only the fragment differs: assigning it would not load the page again.
                window.location.hash = target.hash;
                window.location.reload();
            } else {
                window.location.assign(target.href);
            }
            return;
        }
        actions.querySelectorAll('button').forEach(function (b) {
            b.disabled = false;
        });
        api.showProblem(actions, result, api.texts().problem, null);
    });
    api.ready();
})();
