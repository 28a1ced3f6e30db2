/*
 * Shared by the organiser's event pages: calling the JSON API, showing its problems next to the fields they name,
 * short notices, refreshing a part of the page from the server, and the viewer's local time beside event times.
 * Texts come from data attributes the server renders from the message bundles.
 */
(function () {
    'use strict';

    const context = document.getElementById('setup-context');
    const texts = context ? context.dataset : {};
    const setup = {
        eventId: context ? context.dataset.event : null,
        timezone: context ? context.dataset.timezone : null,
        lang: context ? context.dataset.lang : 'en',
        texts: texts
    };

    /** Replaces %name placeholders in a text rendered by the server. */
    setup.format = function (text, values) {
        // Longest names first, so that %page does not eat the start of %pages.
        return Object.keys(values).sort(function (a, b) {
            return b.length - a.length;
        }).reduce(function (result, key) {
            return result.split('%' + key).join(String(values[key]));
        }, text || '');
    };

    /** Calls the API; resolves to {ok, status, data, headers}. A network failure resolves with status 0. */
    setup.api = async function (method, url, body) {
        const init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body instanceof FormData) {
            init.body = body;
        } else if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        let response;
        try {
            response = await fetch(url, init);
        } catch (e) {
            return {ok: false, status: 0, data: {detail: texts.networkError}, headers: new Headers()};
        }
        let data = null;
        const type = response.headers.get('Content-Type') || '';
        if (response.status !== 204 && type.indexOf('json') >= 0) {
            try {
                data = await response.json();
            } catch (e) {
                data = null;
            }
        }
        if (!response.ok && !data) {
            data = {detail: response.status + ' ' + response.statusText};
        }
        return {ok: response.ok, status: response.status, data: data, headers: response.headers};
    };

    setup.eventUrl = function (path) {
        return '/api/events/' + setup.eventId + (path || '');
    };

    function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    setup.element = element;

    /** Shows a success notice in a result area; screen readers hear it. */
    setup.notice = function (area, text) {
        area.replaceChildren();
        const notice = element('p', 'notice', text);
        notice.setAttribute('role', 'status');
        area.appendChild(notice);
        return notice;
    };

    /** Removes the problems shown on a form's fields and in its result area. */
    setup.clearErrors = function (form, area) {
        form.querySelectorAll('.field-error').forEach(function (node) {
            node.remove();
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (field) {
            field.removeAttribute('aria-invalid');
            const described = (field.getAttribute('aria-describedby') || '').split(' ')
                .filter(function (id) {
                    return id && id.indexOf('-error') < 0;
                }).join(' ');
            if (described) {
                field.setAttribute('aria-describedby', described);
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
        if (area) {
            area.replaceChildren();
        }
    };

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

    let errorCount = 0;

    /**
     * Shows an API problem: each error whose path names a field of the form next to that field, the detail and
     * the rest on top. Focuses the first field in error, else the summary.
     */
    setup.showProblem = function (form, area, problem, lead) {
        setup.clearErrors(form, area);
        const box = element('div', 'error');
        box.setAttribute('role', 'alert');
        box.tabIndex = -1;
        box.appendChild(element('p', null, (lead || texts.notSaved) + ' ' + ((problem && problem.detail) || '')));
        const rest = element('ul');
        let firstField = null;
        ((problem && problem.errors) || []).forEach(function (error) {
            const field = form ? fieldFor(form, error.path || '') : null;
            if (field) {
                const id = (field.id || 'field') + '-error-' + (++errorCount);
                const message = element('p', 'field-error', error.message);
                message.id = id;
                field.insertAdjacentElement(field.tagName === 'FIELDSET' ? 'beforeend' : 'afterend', message);
                if (field.tagName !== 'FIELDSET') {
                    field.setAttribute('aria-invalid', 'true');
                    field.setAttribute('aria-describedby',
                        ((field.getAttribute('aria-describedby') || '') + ' ' + id).trim());
                }
                firstField = firstField || field;
            } else {
                const item = element('li');
                if (error.path && error.path !== '$') {
                    item.appendChild(element('code', null, error.path));
                    item.appendChild(document.createTextNode(' '));
                }
                item.appendChild(document.createTextNode(error.message || ''));
                rest.appendChild(item);
            }
        });
        if (rest.children.length) {
            box.appendChild(rest);
        }
        area.appendChild(box);
        if (firstField && firstField.tagName !== 'FIELDSET') {
            firstField.focus();
        } else {
            box.focus();
        }
        return box;
    };

    /** Replaces the elements with these ids by the server's current rendering of this page. */
    setup.refresh = async function (ids) {
        let html;
        try {
            const response = await fetch(window.location.pathname, {credentials: 'same-origin'});
            if (!response.ok) {
                return;
            }
            html = await response.text();
        } catch (e) {
            return;
        }
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        ids.forEach(function (id) {
            const now = document.getElementById(id);
            const next = fresh.getElementById(id);
            if (now && next) {
                now.replaceWith(document.importNode(next, true));
            }
        });
        setup.localTimes(document);
    };

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
    setup.instantOf = function (local, zone) {
        const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '');
        if (!m) {
            return null;
        }
        const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
        let instant = wall - offsetMinutes(zone, wall) * 60000;
        instant = wall - offsetMinutes(zone, instant) * 60000;
        return instant;
    };

    function viewerZone() {
        return Intl.DateTimeFormat().resolvedOptions().timeZone;
    }

    function differs(instant) {
        return offsetMinutes(setup.timezone, instant) !== offsetMinutes(viewerZone(), instant);
    }

    function localText(instant, withDate) {
        const options = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
        if (withDate) {
            options.month = 'short';
            options.day = 'numeric';
        }
        return new Intl.DateTimeFormat(setup.lang, options).format(new Date(instant));
    }

    /** Adds the viewer's local time after event times (.local-time[data-at], .local-range[data-start][data-end]). */
    setup.localTimes = function (root) {
        if (!setup.timezone || typeof Intl === 'undefined') {
            return;
        }
        root.querySelectorAll('.local-time[data-at], .local-range[data-start]').forEach(function (node) {
            if (node.dataset.localDone) {
                return;
            }
            node.dataset.localDone = 'true';
            const start = setup.instantOf(node.dataset.at || node.dataset.start, setup.timezone);
            if (start === null || !differs(start)) {
                return;
            }
            const sameDay = new Intl.DateTimeFormat('en-CA', {timeZone: viewerZone()}).format(new Date(start))
                === (node.dataset.at || node.dataset.start).substring(0, 10);
            let text = localText(start, !sameDay);
            if (node.dataset.end) {
                const end = setup.instantOf(node.dataset.end, setup.timezone);
                text += '–' + localText(end, false);
            }
            node.insertAdjacentElement('afterend',
                element('span', 'muted viewer-time', ' ' + setup.format(texts.yourTime, {t: text})));
        });
    };

    window.MatchdaySetup = setup;
    document.addEventListener('DOMContentLoaded', function () {
        setup.localTimes(document);
    });
})();
