/*
 * The partner page's earlier editions: whom the participant met at earlier editions of the series and what came of
 * it; a partner who returns may be asked to meet again with one click through the wish API. Hidden for newcomers.
 */
import {request} from './api.js';
import {wishButton} from './wish-button.js';

const section = document.getElementById('p-history');

const OUTCOMES = {AGREEMENT: 'agreement', IN_PROGRESS: 'inProgress', NONE: 'none', unknown: 'unknown'};

function item(meeting, texts) {
    const li = document.createElement('li');
    li.className = 'card p-result p-earlier';
    li.dataset.partner = meeting.partner;
    const name = document.createElement('h3');
    name.textContent = meeting.partnerName;
    li.appendChild(name);
    if (meeting.partnerOrganisation) {
        const organisation = document.createElement('p');
        organisation.className = 'p-org';
        organisation.textContent = meeting.partnerOrganisation;
        li.appendChild(organisation);
    }
    const edition = document.createElement('p');
    edition.textContent = meeting.editionName + (meeting.start ? ' · ' + meeting.start.substring(0, 10) : '');
    li.appendChild(edition);
    const outcome = document.createElement('p');
    outcome.className = 'p-outcome';
    outcome.textContent = texts.outcomeLabel + ': ' + section.dataset[OUTCOMES[meeting.outcome] || 'unknown'];
    li.appendChild(outcome);
    const status = document.createElement('p');
    status.className = 'p-status';
    status.setAttribute('role', 'status');
    if (!meeting.partnerHere) {
        status.textContent = texts.notHere;
    } else if (texts.canWish) {
        li.appendChild(wishButton(section.dataset.wishUrl, meeting.partnerHere, meeting.partnerName, texts, status,
                'p-meet-again'));
    }
    li.appendChild(status);
    return li;
}

async function load() {
    const list = document.getElementById('p-history-list');
    const texts = {
        outcomeLabel: section.dataset.outcomeLabel, notHere: section.dataset.notHere, wish: section.dataset.wish,
        wishLabel: section.dataset.wishLabel, sent: section.dataset.sent, canWish: section.dataset.canWish === 'true'
    };
    let answer;
    try {
        answer = await request('GET', section.dataset.url);
    } catch (refused) {
        const problem = section.querySelector('.p-problem');
        problem.textContent = refused.detail || refused.title;
        problem.hidden = false;
        section.hidden = false;
        return;
    }
    if (answer.data.length === 0) {
        return;
    }
    answer.data.forEach(function (meeting) {
        list.appendChild(item(meeting, texts));
    });
    section.hidden = false;
}

if (section) {
    load();
}
