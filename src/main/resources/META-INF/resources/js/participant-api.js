/*
 * Participant pages: calling the JSON API with the personal link's cookie, and showing its problems
 * (application/problem+json) on top of a form and next to the fields they name.
 */
'use strict';

window.MatchdayParticipant = (function () {

    /** Sends a request; resolves to {ok, status, data} and never rejects (a network failure is status 0). */
    async function send(method, url, body) {
        const headers = {'Accept': 'application/json'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        try {
            const response = await fetch(url, {
                method: method, headers: headers, credentials: 'same-origin',
                body: body === undefined ? undefined : JSON.stringify(body)
            });
            const type = response.headers.get('Content-Type') || '';
            const data = type.includes('json') ? await response.json() : null;
            return {ok: response.ok, status: response.status, data: data};
        } catch (e) {
            return {ok: false, status: 0, data: null};
        }
    }

    /** The texts a page gives its scripts, from the data attributes of #p-messages. */
    function texts() {
        const holder = document.getElementById('p-messages');
        return holder ? holder.dataset : {};
    }

    /** Empties the problem box, the field errors and the status line of a form. */
    function clear(form) {
        const box = form.querySelector('.p-problem');
        if (box) {
            box.hidden = true;
            box.textContent = '';
        }
        form.querySelectorAll('.p-field-error').forEach(function (error) {
            error.hidden = true;
            error.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (field) {
            field.removeAttribute('aria-invalid');
        });
        const status = form.querySelector('.p-status');
        if (status) {
            status.textContent = '';
        }
    }

    /** Marks a control invalid and writes the message under it. */
    function fieldError(control, error, message) {
        control.setAttribute('aria-invalid', 'true');
        if (error.id && !(control.getAttribute('aria-describedby') || '').includes(error.id)) {
            control.setAttribute('aria-describedby',
                ((control.getAttribute('aria-describedby') || '') + ' ' + error.id).trim());
        }
        error.textContent = error.textContent ? error.textContent + ' ' + message : message;
        error.hidden = false;
    }

    /**
     * Shows a refused call: a lead sentence and the problem's detail on top, then each error next to the control
     * {@code locate(path)} returns ({control, error}), or in the list on top when it names none.
     */
    function showProblem(form, result, lead, locate) {
        const box = form.querySelector('.p-problem');
        const problem = result.data || {};
        box.textContent = '';
        const first = document.createElement('p');
        first.textContent = result.status === 0 ? texts().network : lead;
        box.appendChild(first);
        const detail = document.createElement('p');
        box.appendChild(detail);
        const unplaced = document.createElement('ul');
        let focus = null;
        (problem.errors || []).forEach(function (error) {
            const place = locate ? locate(error.path) : null;
            if (place && place.control && place.error) {
                fieldError(place.control, place.error, error.message);
                focus = focus || place.control;
            } else {
                const item = document.createElement('li');
                item.textContent = error.message;
                unplaced.appendChild(item);
            }
        });
        if (unplaced.children.length > 0) {
            box.appendChild(unplaced);
        }
        // "The body has 2 problems" says less than the fields themselves; a refusal's reason says more.
        if (problem.detail && (focus === null || unplaced.children.length > 0)) {
            detail.textContent = problem.detail;
        } else {
            detail.remove();
        }
        box.hidden = false;
        box.setAttribute('role', 'alert');
        (focus || box).focus();
    }

    /** A comma-separated list (Chinese commas too) as a list without blanks, or null when empty. */
    function list(text) {
        const items = text.split(/[,，、]/).map(function (s) {
            return s.trim();
        }).filter(function (s) {
            return s.length > 0;
        });
        return items.length === 0 ? null : items;
    }

    /** A text field's value, or null when blank. */
    function text(value) {
        const trimmed = value.trim();
        return trimmed.length === 0 ? null : trimmed;
    }

    /**
     * Enables the controls that need a script, once the page's script listens to them: clicked earlier, a form
     * would be sent by the browser itself, its fields in the address.
     */
    function ready() {
        document.querySelectorAll('[data-needs-script]').forEach(function (control) {
            control.disabled = false;
        });
    }

    return {send: send, texts: texts, clear: clear, showProblem: showProblem, fieldError: fieldError, list: list,
        text: text, ready: ready};
})();
