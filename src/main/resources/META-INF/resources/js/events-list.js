/* The events list: restoring an archived event brings it back into the main list. */
import {request} from './api.js';
import {showProblem} from './problem.js';

document.addEventListener('click', async function (event) {
    const button = event.target.closest('[data-restore]');
    if (!button) {
        return;
    }
    button.disabled = true;
    try {
        await request('POST', '/api/events/' + button.dataset.restore + '/restore');
    } catch (problem) {
        button.disabled = false;
        const area = document.getElementById('restore-result');
        area.replaceChildren();
        const box = document.createElement('div');
        box.className = 'error';
        box.tabIndex = -1;
        area.appendChild(box);
        showProblem(box, problem, {focus: true});
        return;
    }
    window.location.reload();
});
