import {request} from './api.js';

/**
 * A one-click "ask to meet" button for a partner the page proposes (a suggestion, a partner met before): it sends the
 * wish, then leaves the outcome in {@code status} and moves focus there, so that a screen reader hears it.
 */
export function wishButton(wishUrl, partnerId, partnerName, texts, status, className) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = texts.wish;
    button.setAttribute('aria-label', texts.wishLabel.replace('§', partnerName));
    button.addEventListener('click', async function () {
        button.disabled = true;
        try {
            await request('POST', wishUrl, {to: partnerId});
        } catch (problem) {
            button.disabled = false;
            status.textContent = problem.detail || problem.title;
            return;
        }
        button.remove();
        status.textContent = texts.sent;
        status.tabIndex = -1;
        status.focus();
    });
    return button;
}
