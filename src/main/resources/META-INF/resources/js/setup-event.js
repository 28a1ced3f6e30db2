/* The event page: moving the event to another phase, and editing its matchmaking rules. */
import {request} from './api.js';
import * as setup from './setup-common.js';
import {format} from './text.js';

function initPhase() {
    const form = document.getElementById('phase-form');
    if (!form) {
        return;
    }
    const select = document.getElementById('phase');
    const area = document.getElementById('phase-result');
    const help = document.getElementById('phase-help');
    const badge = document.getElementById('current-phase');
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const option = select.options[select.selectedIndex];
        try {
            await request('PUT', setup.eventUrl('/phase'), {phase: select.value});
        } catch (problem) {
            setup.refused(form, area, problem, format(form.dataset.refused, {p: option.textContent}));
            const current = Array.prototype.find.call(select.options, function (o) {
                return o.textContent === badge.textContent;
            });
            if (current) {
                select.value = current.value;
            }
            return;
        }
        setup.clearErrors(form, area);
        badge.textContent = option.textContent;
        help.textContent = option.dataset.help;
        setup.notice(area, format(form.dataset.moved, {p: option.textContent}));
    });
}

function initRules() {
    const form = document.getElementById('rules-form');
    const rows = document.getElementById('pairs');
    const none = document.getElementById('pairs-none');
    const area = document.getElementById('rules-result');
    const template = document.getElementById('pair-row');

    function renumber() {
        Array.prototype.forEach.call(rows.rows, function (row, i) {
            row.querySelector('[name=from]').dataset.path = '$.allowedPairs[' + i + '].from';
            row.querySelector('[name=to]').dataset.path = '$.allowedPairs[' + i + '].to';
        });
        none.hidden = rows.rows.length > 0;
        document.getElementById('pairs-table').hidden = rows.rows.length === 0;
    }

    document.getElementById('add-pair').addEventListener('click', function () {
        rows.appendChild(template.content.cloneNode(true));
        renumber();
        rows.rows[rows.rows.length - 1].querySelector('input').focus();
    });
    rows.addEventListener('click', function (event) {
        const button = event.target.closest('[data-remove-pair]');
        if (button) {
            button.closest('tr').remove();
            renumber();
            document.getElementById('add-pair').focus();
        }
    });
    renumber();

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const pairs = Array.prototype.map.call(rows.rows, function (row) {
            return {from: row.querySelector('[name=from]').value.trim(),
                to: row.querySelector('[name=to]').value.trim()};
        });
        const max = document.getElementById('max-wishes').value;
        const body = {
            allowedPairs: pairs.length ? pairs : null,
            maxWishesPerParticipant: max === '' ? null : Number(max),
            acceptanceRequired: document.getElementById('acceptance').checked,
            lateWishes: document.getElementById('late-wishes').checked
        };
        try {
            await request('PUT', setup.eventUrl('/rules'), body);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        setup.clearErrors(form, area);
        setup.notice(area, form.dataset.saved);
    });
}

initPhase();
initRules();
