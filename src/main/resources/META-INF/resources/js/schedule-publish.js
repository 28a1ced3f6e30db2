// Publishing from the timetable page: POST the publication, say which one is now in force, and reload the list of
// changes (now empty) that the page shows before publishing.
(function () {
    'use strict';
    const section = document.getElementById('publish');
    if (!section) {
        return;
    }
    const button = document.getElementById('publish-button');
    const status = document.getElementById('publish-status');
    const line = document.getElementById('publication-line');

    function fill(template) {
        let text = template;
        for (let i = 1; i < arguments.length; i++) {
            text = text.split('%' + i).join(String(arguments[i]));
        }
        return text;
    }

    button.addEventListener('click', async function () {
        button.disabled = true;
        status.textContent = '';
        try {
            const response = await fetch('/api/events/' + section.dataset.event + '/publication',
                {method: 'POST', headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
            const body = await response.json().catch(function () { return {}; });
            if (response.ok) {
                status.textContent = fill(section.dataset.msgPublished, body.number, body.meetings, body.moved);
                line.textContent = fill(section.dataset.msgInForce, body.number);
                button.textContent = section.dataset.msgAgain;
                document.body.dispatchEvent(new CustomEvent('schedule-changed'));
            } else {
                status.textContent = section.dataset.msgFailed + ' ' + (body.detail || response.status);
            }
        } catch (error) {
            status.textContent = section.dataset.msgFailed + ' ' + error;
        } finally {
            button.disabled = false;
        }
    });
}());
