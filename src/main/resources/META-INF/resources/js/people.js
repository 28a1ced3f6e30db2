/*
 * The pages for people: creating, disabling, enabling accounts and setting a forgotten password (/accounts), one's
 * own password and logging out everywhere (/account), and an event's members (/events/{id}/members). Every change
 * is one call of the API; a refusal is shown beside the field it names. Texts come from #people-context.
 */
import {page, request} from './api.js';
import {clearProblem, showProblem} from './problem.js';
import {element, format} from './text.js';

const context = document.getElementById('people-context');
const texts = context ? context.dataset : {};

function notice(area, text) {
    area.replaceChildren();
    const shown = element('p', 'notice', text);
    shown.setAttribute('role', 'status');
    area.appendChild(shown);
}

/** Shows a refusal: errors whose path a field of the form carries in data-path beside it, the rest in the area. */
function refused(form, area, problem) {
    clearProblem(area, form);
    area.replaceChildren();
    const box = element('div', 'error');
    box.tabIndex = -1;
    area.appendChild(box);
    showProblem(box, problem, {
        scope: form,
        lead: texts.notSaved,
        network: texts.networkError,
        place: function (path) {
            const field = form ? form.querySelector('[data-path="' + CSS.escape(path) + '"]') : null;
            return field ? {control: field} : null;
        },
        focus: true
    });
}

/** Replaces the parts of the page with these ids by the server's current rendering. */
async function refresh(ids) {
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
}

/** Runs a change, showing its outcome in area; a button stays disabled while its call is under way. */
async function change(button, form, area, call, done) {
    if (button) {
        button.disabled = true;
    }
    try {
        await call();
        clearProblem(area, form);
        await done();
    } catch (e) {
        refused(form, area, e);
    } finally {
        if (button && button.isConnected) {
            button.disabled = false;
        }
    }
}

function submitting(id, handler) {
    const form = document.getElementById(id);
    if (form) {
        form.addEventListener('submit', function (e) {
            e.preventDefault();
            handler(form, form.querySelector('button[type=submit]'));
        });
    }
}

// Accounts

submitting('account-form', function (form, button) {
    const area = document.getElementById('account-result');
    const username = form.elements.username.value.trim();
    change(button, form, area, function () {
        return request('POST', '/api/accounts', {
            username: username, password: form.elements.password.value, role: form.elements.role.value
        });
    }, async function () {
        form.reset();
        await refresh(['accounts-list']);
        notice(area, format(texts.created, {name: username}));
    });
});

document.addEventListener('click', function (e) {
    const button = e.target.closest('button[data-action]');
    if (!button) {
        return;
    }
    const username = button.dataset.username;
    if (button.dataset.action === 'remove') {
        const area = document.getElementById('members-result');
        change(button, null, area, function () {
            return request('DELETE', '/api/events/' + button.dataset.event + '/members/'
                + encodeURIComponent(username));
        }, async function () {
            await refresh(['members-list', 'm-candidates']);
            notice(area, format(texts.removed, {name: username}));
        });
        return;
    }
    const area = document.getElementById('accounts-result');
    const action = button.dataset.action;
    change(button, null, area, function () {
        return request('POST', '/api/accounts/' + encodeURIComponent(username) + '/' + action);
    }, async function () {
        await refresh(['accounts-list']);
        notice(area, format(action === 'disable' ? texts.disabled : texts.enabled, {name: username}));
    });
});

document.addEventListener('submit', function (e) {
    const form = e.target.closest('form.reset-form');
    if (!form) {
        return;
    }
    e.preventDefault();
    const area = document.getElementById('accounts-result');
    const username = form.dataset.username;
    change(form.querySelector('button'), form, area, function () {
        return request('PUT', '/api/accounts/' + encodeURIComponent(username) + '/password',
            {password: form.elements.password.value});
    }, async function () {
        form.reset();
        form.closest('details').open = false;
        notice(area, format(texts.reset, {name: username}));
    });
});

// One's own account

submitting('password-form', function (form, button) {
    const area = document.getElementById('password-result');
    if (form.elements.password.value !== form.elements.repeat.value) {
        refused(form, area, {status: 400, errors: [{path: '$.repeat', message: texts.mismatch}]});
        return;
    }
    change(button, form, area, function () {
        return request('PUT', '/api/accounts/me/password', {
            current: form.elements.current.value, password: form.elements.password.value
        });
    }, async function () {
        form.reset();
        notice(area, texts.changed);
    });
});

const everywhere = document.getElementById('log-out-everywhere');
if (everywhere) {
    everywhere.addEventListener('click', function () {
        change(everywhere, null, document.getElementById('everywhere-result'), function () {
            return request('DELETE', '/api/accounts/me/sessions');
        }, async function () {
            window.location.assign('/login');
        });
    });
}

// An event's members

submitting('member-form', function (form, button) {
    const area = document.getElementById('member-result');
    const username = form.elements.username.value.trim();
    change(button, form, area, function () {
        return request('POST', '/api/events/' + form.dataset.event + '/members', {username: username});
    }, async function () {
        await refresh(['members-list', 'm-candidates']);
        form.reset();
        notice(area, format(texts.added, {name: username}));
    });
});
