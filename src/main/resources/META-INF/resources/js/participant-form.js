/*
 * Shared by the participant pages: their texts, reading their forms, and showing a refused call (a ProblemError
 * from api.js) on top of a form and next to the fields it names.
 */
import {clearProblem, showProblem} from './problem.js';

/** The texts a page gives its scripts, from the data attributes of #p-messages. */
export function texts() {
    const holder = document.getElementById('p-messages');
    return holder ? holder.dataset : {};
}

/** Empties the problem box, the field errors and the status line of a form. */
export function clear(form) {
    const box = form.querySelector('.p-problem');
    clearProblem(box, form);
    if (box) {
        box.hidden = true;
    }
    const status = form.querySelector('.p-status');
    if (status) {
        status.textContent = '';
    }
}

/**
 * Shows a refused call: a lead sentence with the problem's detail on top, then each error next to the control
 * {@code place(path)} returns ({control, message}), or in the list on top when it names none. The detail is left
 * out when every error stands by its field: "The body has 2 problems" says less than the fields themselves.
 */
export function refused(form, problem, lead, place) {
    showProblem(form.querySelector('.p-problem'), problem, {
        scope: form,
        lead: lead,
        network: texts().network,
        place: place,
        // Participants see their fields' names, not the API's paths.
        name: function () {
            return '';
        },
        detail: 'unless-placed',
        focus: true
    });
}

/** A comma-separated list (Chinese commas too) as a list without blanks, or null when empty. */
export function list(text) {
    const items = text.split(/[,，、]/).map(function (s) {
        return s.trim();
    }).filter(function (s) {
        return s.length > 0;
    });
    return items.length === 0 ? null : items;
}

/** A text field's value, or null when blank. */
export function text(value) {
    const trimmed = value.trim();
    return trimmed.length === 0 ? null : trimmed;
}

/**
 * Enables the controls that need a script, once the page's script listens to them: clicked earlier, a form
 * would be sent by the browser itself, its fields in the address.
 */
export function ready() {
    document.querySelectorAll('[data-needs-script]').forEach(function (control) {
        control.disabled = false;
    });
}
