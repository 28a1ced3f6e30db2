/*
 * The agenda: when the browser's time zone gives other clock times than the event's, each meeting shows the
 * viewer's own time too; and the calendar subscription address can be copied for apps that ask for a URL.
 */
'use strict';

(function () {
    const note = document.getElementById('zone-note');
    if (note) {
        const lang = note.dataset.lang;
        const eventZone = note.dataset.zone;
        const clock = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
        const day = {weekday: 'short', month: 'short', day: 'numeric'};
        const local = new Intl.DateTimeFormat(lang, clock);
        const there = new Intl.DateTimeFormat(lang, Object.assign({timeZone: eventZone}, clock));
        const localDay = new Intl.DateTimeFormat(lang, day);
        const thereDay = new Intl.DateTimeFormat(lang, Object.assign({timeZone: eventZone}, day));
        let differs = false;
        document.querySelectorAll('time[datetime][data-end]').forEach(function (time) {
            const start = new Date(time.getAttribute('datetime'));
            const end = new Date(time.dataset.end);
            if (local.format(start) === there.format(start) && localDay.format(start) === thereDay.format(start)) {
                return;
            }
            differs = true;
            const mine = document.createElement('span');
            mine.className = 'p-local';
            const prefix = localDay.format(start) === thereDay.format(start) ? '' : localDay.format(start) + ' ';
            mine.textContent = note.dataset.yourTime.replace('%time%', prefix + local.format(start) + '\u2013'
                + local.format(end));
            time.parentElement.appendChild(mine);
        });
        if (differs) {
            const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            note.textContent = note.dataset.differs.replace('%zone%', zone);
        }
    }

    const subscribe = document.getElementById('subscribe');
    const copy = document.getElementById('copy-subscription');
    if (subscribe && copy && navigator.clipboard) {
        copy.hidden = false;
        copy.addEventListener('click', function () {
            const address = subscribe.href.replace(/^webcal:/, window.location.protocol);
            // A refused clipboard leaves the link itself, which still works.
            navigator.clipboard.writeText(address).then(function () {
                document.getElementById('copy-status').textContent = copy.dataset.copied;
            }, function () {
                subscribe.focus();
            });
        });
    }
})();
