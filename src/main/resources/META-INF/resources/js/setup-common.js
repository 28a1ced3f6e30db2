/*
 * Shared by the organiser's event pages: the event's API address, showing refusals next to the fields they name
 * (fields carry the JSON path they edit in data-path), short notices, refreshing a part of the page from the
 * server, and the viewer's local time beside event times. Texts come from #setup-context's data attributes.
 */
import {page} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {element, format} from './text.js';

const context = document.getElementById('setup-context');
export const texts = context ? context.dataset : {};
export const eventId = context ? context.dataset.event : null;
const timezone = context ? context.dataset.timezone : null;
const lang = context ? context.dataset.lang : 'en';

export function eventUrl(path) {
    return '/api/events/' + eventId + (path || '');
}

/** Shows a success notice in a result area; screen readers hear it. */
export function notice(area, text) {
    area.replaceChildren();
    const shown = element('p', 'notice', text);
    shown.setAttribute('role', 'status');
    area.appendChild(shown);
    return shown;
}

/** Removes the problems shown on a form's fields and in its result area. */
export function clearErrors(form, area) {
    clearProblem(area, form);
}

/** The field of the form whose data-path is the longest start of the error's path. */
function fieldFor(form, path) {
    let best = null;
    form.querySelectorAll('[data-path]').forEach(function (field) {
        const own = field.dataset.path;
        if (path === own || path.indexOf(own + '[') === 0 || path.indexOf(own + '.') === 0) {
            if (!best || own.length > best.dataset.path.length) {
                best = field;
            }
        }
    });
    return best;
}

/**
 * Shows a refusal in the result area: each error whose path names a field of the form next to that field, the
 * lead (by default "Not saved:") with the detail and the rest on top. Focuses the first field in error, else the
 * box, which it returns.
 */
export function refused(form, area, problem, lead) {
    clearProblem(area, form);
    const box = element('div', 'error');
    box.tabIndex = -1;
    area.appendChild(box);
    return showProblem(box, problem, {
        scope: form,
        lead: lead || texts.notSaved,
        network: texts.networkError,
        place: function (path) {
            const field = fieldFor(form, path);
            return field ? {control: field} : null;
        },
        focus: true
    });
}

/** Replaces the elements with these ids by the server's current rendering of this page. */
export async function refresh(ids) {
    let fresh;
    try {
        fresh = await page(window.location.pathname);
    } catch (e) {
        return;
    }
    ids.forEach(function (id) {
        const now = document.getElementById(id);
        const next = fresh.getElementById(id);
        if (now && next) {
            now.replaceWith(document.importNode(next, true));
        }
    });
    localTimes(document);
}

// Local time: the event's wall-clock time as an instant, then shown in the viewer's own zone.

function offsetMinutes(zone, instant) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit'
    }).formatToParts(new Date(instant));
    const part = function (type) {
        return Number(parts.find(function (p) {
            return p.type === type;
        }).value);
    };
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    return Math.round((wall - Math.floor(instant / 60000) * 60000) / 60000);
}

/** The instant at which the clocks of {@code zone} show the local date-time "2018-06-05T13:30". */
function instantOf(local, zone) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '');
    if (!m) {
        return null;
    }
    const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
    let instant = wall - offsetMinutes(zone, wall) * 60000;
    instant = wall - offsetMinutes(zone, instant) * 60000;
    return instant;
}

function viewerZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function differs(instant) {
    return offsetMinutes(timezone, instant) !== offsetMinutes(viewerZone(), instant);
}

function localText(instant, withDate) {
    const options = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
    if (withDate) {
        options.month = 'short';
        options.day = 'numeric';
    }
    return new Intl.DateTimeFormat(lang, options).format(new Date(instant));
}

/** Adds the viewer's local time after event times (.local-time[data-at], .local-range[data-start][data-end]). */
function localTimes(root) {
    if (!timezone || typeof Intl === 'undefined') {
        return;
    }
    root.querySelectorAll('.local-time[data-at], .local-range[data-start]').forEach(function (node) {
        if (node.dataset.localDone) {
            return;
        }
        node.dataset.localDone = 'true';
        const start = instantOf(node.dataset.at || node.dataset.start, timezone);
        if (start === null || !differs(start)) {
            return;
        }
        const sameDay = new Intl.DateTimeFormat('en-CA', {timeZone: viewerZone()}).format(new Date(start))
            === (node.dataset.at || node.dataset.start).substring(0, 10);
        let text = localText(start, !sameDay);
        if (node.dataset.end) {
            const end = instantOf(node.dataset.end, timezone);
            text += '–' + localText(end, false);
        }
        node.insertAdjacentElement('afterend',
            element('span', 'muted viewer-time', ' ' + format(texts.yourTime, {t: text})));
    });
}

localTimes(document);
