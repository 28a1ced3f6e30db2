// Asking before what mails people or cannot be undone: a modal <dialog> named by its title and described by its
// text. The browser keeps focus inside it and closes it on Escape; focus starts on the safe choice (keep things as
// they are) and goes back to where it was once the dialog closes.
import {element} from './text.js';

let opened = 0;

/**
 * Answers true when the person confirms. {title, text, confirm, cancel, danger}: the texts, already translated.
 */
export function confirmAction(options) {
    return new Promise(function (resolve) {
        const opener = document.activeElement;
        const id = 'confirm-' + (++opened);
        const dialog = element('dialog', 'confirm-dialog');
        dialog.setAttribute('aria-labelledby', id + '-title');
        dialog.setAttribute('aria-describedby', id + '-text');
        const title = element('h2', null, options.title);
        title.id = id + '-title';
        const text = element('p', null, options.text);
        text.id = id + '-text';
        const buttons = element('div', 'dialog-buttons');
        const cancel = element('button', 'secondary', options.cancel);
        cancel.type = 'button';
        cancel.value = 'cancel';
        const confirm = element('button', options.danger ? 'danger' : null, options.confirm);
        confirm.type = 'button';
        confirm.value = 'confirm';
        confirm.dataset.confirm = '';
        buttons.append(cancel, confirm);
        dialog.append(title, text, buttons);
        cancel.addEventListener('click', function () { dialog.close('cancel'); });
        confirm.addEventListener('click', function () { dialog.close('confirm'); });
        dialog.addEventListener('close', function () {
            dialog.remove();
            if (opener && typeof opener.focus === 'function' && document.contains(opener)) {
                opener.focus();
            }
            resolve(dialog.returnValue === 'confirm');
        });
        document.body.appendChild(dialog);
        dialog.showModal();
        cancel.focus();
    });
}
