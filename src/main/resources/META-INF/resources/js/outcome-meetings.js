/*
 * The "After the meetings" page and the organiser's outcome page: each form is sent as JSON to the address it names
 * (feedback, outcome, staff's held record, the survey mails), and the answer or the problem is shown beside it.
 */
import {request} from './api.js';
import {clearProblem, showProblem} from './problem.js';

const root = document.getElementById('after-meetings') || document.getElementById('outcomes');

function bodyOf(form) {
    const data = new FormData(form);
    if (form.classList.contains('outcome-feedback')) {
        const body = {held: data.get('held') === null ? null : data.get('held') === 'true'};
        if (data.get('rating')) {
            body.rating = Number(data.get('rating'));
        }
        if (data.get('interest')) {
            body.interest = data.get('interest');
        }
        if (data.get('note')) {
            body.note = data.get('note');
        }
        return body;
    }
    if (form.classList.contains('outcome-result')) {
        return {status: data.get('status'), kinds: data.getAll('kinds'), story: data.get('story') || null,
            publishStory: data.get('publishStory') === 'true'};
    }
    return undefined;
}

function send(form, method, body) {
    const status = form.querySelector('[role=status]');
    const box = form.querySelector('.problem');
    status.textContent = '';
    clearProblem(box, form);
    request(method, form.dataset.url, body).then(function (answer) {
        status.textContent = form.dataset.done && answer.data
            ? form.dataset.done.replace('%asked%', answer.data.asked).replace('%reminded%', answer.data.reminded)
            : root.dataset.saved;
    }, function (problem) {
        showProblem(box, problem, {lead: root.dataset.notSaved, scope: form,
            place: function (path) {
                const name = path.replace(/^\$\./, '').replace(/\[\d+]$/, '');
                const control = form.querySelector('[name="' + name + '"]');
                return control ? {control: control} : null;
            }});
    });
}

if (root) {
    root.querySelectorAll('form.outcome-feedback, form.outcome-result').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send(form, 'PUT', bodyOf(form));
        });
    });
    root.querySelectorAll('form.outcome-ask').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send(form, 'POST', undefined);
        });
    });
    root.querySelectorAll('input.outcome-held').forEach(function (box) {
        box.addEventListener('change', function () {
            const form = box.closest('form');
            send(form, 'PUT', {held: box.checked});
        });
    });
}
