// Publishing from the timetable page: POST the publication, say which one is now in force, and reload the list of
// changes (now empty) that the page shows before publishing.
import {request} from './api.js';
import {summary} from './problem.js';
import {format} from './text.js';

const section = document.getElementById('publish');
if (section) {
    publishing(section);
}

function publishing(section) {
    const button = document.getElementById('publish-button');
    const status = document.getElementById('publish-status');
    const line = document.getElementById('publication-line');

    button.addEventListener('click', async function () {
        button.disabled = true;
        status.textContent = '';
        let body;
        try {
            body = (await request('POST', '/api/events/' + section.dataset.event + '/publication')).data;
        } catch (problem) {
            // A status line, not an alert: the refusal is said in one line there.
            status.textContent = summary(problem, section.dataset.msgFailed);
            return;
        } finally {
            button.disabled = false;
        }
        status.textContent = format(section.dataset.msgPublished, [body.number, body.meetings, body.moved]);
        line.textContent = format(section.dataset.msgInForce, [body.number]);
        button.textContent = section.dataset.msgAgain;
        document.body.dispatchEvent(new CustomEvent('schedule-changed'));
    });
}
