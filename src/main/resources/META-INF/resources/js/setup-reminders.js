/* The set-up page's reminders: reads and saves the event's reminder settings, and sends what is due now. */
import {request} from './api.js';
import * as setup from './setup-common.js';
import {format} from './text.js';

const form = document.getElementById('reminders-form');
const area = document.getElementById('reminders-result');
const opened = document.getElementById('rm-opened');
const SWITCHES = {agendaEvening: 'rm-agenda', noWish: 'rm-no-wish', unanswered: 'rm-unanswered', expiry: 'rm-expiry'};
const NUMBERS = {agendaHour: 'rm-agenda-hour', noWishDays: 'rm-no-wish-days', unansweredDays: 'rm-unanswered-days',
    expiryDays: 'rm-expiry-days'};

function show(settings) {
    Object.keys(SWITCHES).forEach(function (key) {
        document.getElementById(SWITCHES[key]).checked = settings[key];
    });
    Object.keys(NUMBERS).forEach(function (key) {
        document.getElementById(NUMBERS[key]).value = settings[key];
    });
    opened.textContent = settings.wishesOpenedAt
        ? format(form.dataset.opened, {when: new Date(settings.wishesOpenedAt).toLocaleString()})
        : form.dataset.notOpened;
}

function body() {
    const settings = {};
    Object.keys(SWITCHES).forEach(function (key) {
        settings[key] = document.getElementById(SWITCHES[key]).checked;
    });
    Object.keys(NUMBERS).forEach(function (key) {
        const value = document.getElementById(NUMBERS[key]).value;
        settings[key] = value === '' ? null : Number(value);
    });
    return settings;
}

async function load() {
    try {
        show((await request('GET', setup.eventUrl('/reminders'))).data);
    } catch (problem) {
        setup.refused(form, area, problem);
    }
}

if (form) {
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        try {
            show((await request('PUT', setup.eventUrl('/reminders'), body())).data);
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        setup.clearErrors(form, area);
        setup.notice(area, form.dataset.saved);
    });
    document.getElementById('reminders-run').addEventListener('click', async function () {
        let sent;
        try {
            sent = (await request('POST', setup.eventUrl('/reminders/run'))).data;
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        setup.clearErrors(form, area);
        setup.notice(area, format(form.dataset.ran, sent));
    });
    load();
}
