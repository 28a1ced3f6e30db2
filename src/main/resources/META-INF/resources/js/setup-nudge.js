/*
 * The organiser's nudge on the setup page: the two switches (saved with the event's sector list unchanged) and the
 * nudge itself, whose counts the page reports.
 */
import {request} from './api.js';

const section = document.getElementById('nudge');

function say(text) {
    const status = section.querySelector('.nudge-status');
    status.textContent = text;
}

function refused(problem) {
    const box = section.querySelector('.problem');
    box.textContent = problem.detail || problem.title;
    box.hidden = false;
    box.focus();
}

async function start() {
    const switches = document.getElementById('nudge-switches');
    const run = document.getElementById('nudge-run');
    let settings;
    try {
        settings = (await request('GET', section.dataset.settingsUrl)).data;
    } catch (problem) {
        refused(problem);
        return;
    }
    switches.elements.mailNudge.checked = settings.mailNudge;
    switches.elements.wishNudge.checked = settings.wishNudge;
    switches.addEventListener('submit', async function (event) {
        event.preventDefault();
        section.querySelector('.problem').hidden = true;
        const body = {sectors: settings.sectors, mailNudge: switches.elements.mailNudge.checked,
            wishNudge: switches.elements.wishNudge.checked};
        try {
            settings = (await request('PUT', section.dataset.settingsUrl, body)).data;
        } catch (problem) {
            refused(problem);
            return;
        }
        say(section.dataset.saved);
    });
    run.addEventListener('submit', async function (event) {
        event.preventDefault();
        section.querySelector('.problem').hidden = true;
        const body = {minWishes: Number(run.elements.minWishes.value), action: event.submitter.value,
            perParticipant: Number(run.elements.perParticipant.value)};
        let done;
        try {
            done = (await request('POST', section.dataset.nudgeUrl, body)).data;
        } catch (problem) {
            refused(problem);
            return;
        }
        say(section.dataset.done.replace('§1', done.participants).replace('§2', done.mails)
            .replace('§3', done.wishes));
    });
}

if (section) {
    start();
}
