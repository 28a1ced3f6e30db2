/*
 * The one renderer of a problem answer (application/problem+json, or a ProblemError from api.js): the page's own
 * sentence with the problem's detail, then each error beside the field its path names, or in a list with its
 * path and message. The page gives its words (from the message bundles) and says where its fields are.
 */
import {element} from './text.js';

let added = 0;

/**
 * The problem in one line: the page's sentence (else the problem's title) and the detail, or the page's words
 * for a failed connection.
 */
export function summary(problem, lead, network) {
    const detail = problem.status === 0 && network ? network : problem.detail;
    return [lead || (detail ? '' : problem.title), detail].filter(Boolean).join(' ');
}

/**
 * Takes away what showProblem wrote into a box and beside the fields of scope: messages it added go, messages
 * the page gave are emptied and hidden again.
 */
export function clearProblem(box, scope) {
    if (box) {
        box.replaceChildren();
    }
    if (!scope) {
        return;
    }
    scope.querySelectorAll('[data-problem]').forEach(function (message) {
        if (message.dataset.problem === 'added') {
            scope.querySelectorAll('[aria-describedby~="' + CSS.escape(message.id) + '"]').forEach(function (field) {
                const rest = field.getAttribute('aria-describedby').split(' ').filter(function (id) {
                    return id && id !== message.id;
                }).join(' ');
                if (rest) {
                    field.setAttribute('aria-describedby', rest);
                } else {
                    field.removeAttribute('aria-describedby');
                }
            });
            message.remove();
        } else {
            message.textContent = '';
            message.hidden = true;
            delete message.dataset.problem;
        }
    });
    scope.querySelectorAll('[aria-invalid]').forEach(function (field) {
        field.removeAttribute('aria-invalid');
    });
}

function describe(control, id) {
    const described = control.getAttribute('aria-describedby') || '';
    if (id && described.split(' ').indexOf(id) < 0) {
        control.setAttribute('aria-describedby', (described + ' ' + id).trim());
    }
}

/** Writes an error's message beside its control: into the message the page gave, else into a new one. */
function putBeside(place, text) {
    const control = place.control;
    let message = place.message;
    if (message) {
        message.dataset.problem = message.dataset.problem || 'given';
        message.textContent = message.textContent ? message.textContent + ' ' + text : text;
        message.hidden = false;
    } else {
        message = element('p', 'field-error', text);
        message.id = (control.id || 'field') + '-error-' + (++added);
        message.dataset.problem = 'added';
        control.insertAdjacentElement(control.tagName === 'FIELDSET' ? 'beforeend' : 'afterend', message);
    }
    if (control.tagName !== 'FIELDSET') {
        control.setAttribute('aria-invalid', 'true');
        describe(control, message.id);
    }
}

function pathText(path) {
    return path && path !== '$' ? path : '';
}

/**
 * Shows a problem in box (an alert) and beside the fields of options.scope, after clearing the last one there.
 * Options, all optional:
 * - lead: the page's sentence before the detail (else the problem's title);
 * - network: the page's words for a failed connection, shown in place of the detail;
 * - place(path): {control, message?} for an error that belongs beside a field (message: where to write it), or null;
 * - name(path): the words for a path in the list ('' for none); by default the path itself, as code;
 * - detail: 'always' (the default), 'alone' (only when there are no errors, which say more) or 'unless-placed'
 *   (not when every error stands beside its field);
 * - focus: move the focus to the first field in error, else to the box.
 */
export function showProblem(box, problem, options) {
    const o = options || {};
    clearProblem(box, o.scope);
    const errors = problem.errors || [];
    const rest = element('ul');
    let first = null;
    errors.forEach(function (error) {
        const place = o.place ? o.place(error.path || '') : null;
        if (place && place.control) {
            putBeside(place, error.message || '');
            first = first || place.control;
            return;
        }
        const item = element('li');
        const name = o.name ? o.name(error.path || '') : pathText(error.path);
        if (name) {
            item.appendChild(element(o.name ? 'strong' : 'code', null, name));
            item.appendChild(document.createTextNode(': '));
        }
        item.appendChild(document.createTextNode(error.message || ''));
        rest.appendChild(item);
    });
    const withDetail = o.detail === 'alone' ? errors.length === 0
        : o.detail === 'unless-placed' ? first === null || rest.children.length > 0
            : true;
    const line = summary(withDetail ? problem : {status: problem.status}, o.lead, o.network);
    if (line) {
        box.appendChild(element('p', null, line));
    }
    if (rest.children.length) {
        box.appendChild(rest);
    }
    box.hidden = false;
    if (!box.getAttribute('role')) {
        box.setAttribute('role', 'alert');
    }
    if (o.focus) {
        (first && first.tagName !== 'FIELDSET' ? first : box).focus();
    }
    return box;
}
