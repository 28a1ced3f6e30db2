/*
 * The partner page's suggestions: loads the participant's suggested partners with their reasons, in the page's
 * language, and sends a wish to one of them with one click through the wish API.
 */
import {request} from './api.js';
import {wishButton} from './wish-button.js';

const section = document.getElementById('p-suggestions');

function item(suggestion, texts) {
    const li = document.createElement('li');
    li.className = 'card p-result p-suggestion';
    li.dataset.participant = suggestion.participant;
    const name = document.createElement('h3');
    name.textContent = suggestion.name;
    li.appendChild(name);
    if (suggestion.organisation) {
        const organisation = document.createElement('p');
        organisation.className = 'p-org';
        organisation.textContent = suggestion.organisation;
        li.appendChild(organisation);
    }
    const reasons = document.createElement('ul');
    reasons.className = 'p-reasons';
    reasons.setAttribute('aria-label', texts.reasons);
    suggestion.reasons.forEach(function (reason) {
        const line = document.createElement('li');
        line.textContent = reason;
        reasons.appendChild(line);
    });
    li.appendChild(reasons);
    const status = document.createElement('p');
    status.className = 'p-status';
    status.setAttribute('role', 'status');
    if (texts.canWish) {
        li.appendChild(wishButton(section.dataset.wishUrl, suggestion.participant, suggestion.name, texts, status,
                'p-suggestion-wish'));
    }
    li.appendChild(status);
    return li;
}

async function load() {
    const list = document.getElementById('p-suggestion-list');
    const problem = section.querySelector('.p-problem');
    const texts = {
        none: section.dataset.none, wish: section.dataset.wish, wishLabel: section.dataset.wishLabel,
        sent: section.dataset.sent, reasons: section.dataset.reasons, canWish: section.dataset.canWish === 'true'
    };
    let answer;
    try {
        answer = await request('GET', section.dataset.url);
    } catch (refused) {
        list.replaceChildren();
        list.removeAttribute('aria-busy');
        problem.textContent = refused.detail || refused.title;
        problem.hidden = false;
        return;
    }
    list.replaceChildren();
    if (answer.data.length === 0) {
        const none = document.createElement('li');
        none.className = 'p-none';
        none.textContent = texts.none;
        list.appendChild(none);
    }
    answer.data.forEach(function (suggestion) {
        list.appendChild(item(suggestion, texts));
    });
    list.removeAttribute('aria-busy');
}

if (section) {
    load();
}
