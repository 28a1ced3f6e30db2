// Publishing from the timetable page: ask first, naming how many participants publishing mails (from the publication
// preview), then POST the publication, say which one is now in force, and reload the list of changes (now empty)
// that the page shows before publishing.
import {request} from './api.js';
import {confirmAction} from './confirm-dialog.js';
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
        status.textContent = '';
        const url = '/api/events/' + section.dataset.event + '/publication';
        let body;
        try {
            const preview = (await request('GET', url + '/preview')).data;
            const confirmed = await confirmAction({
                title: format(section.dataset.msgConfirmTitle, [preview.number]),
                text: format(preview.mailed === 1 ? section.dataset.msgConfirmTextOne : section.dataset.msgConfirmText,
                    [preview.mailed, preview.changes]),
                confirm: section.dataset.msgConfirm,
                cancel: section.dataset.msgCancel
            });
            if (!confirmed) {
                return;
            }
            button.disabled = true;
            body = (await request('POST', url)).data;
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
