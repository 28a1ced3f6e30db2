// Times are printed in the event's zone; when the viewer's browser is elsewhere, add the viewer's own time beside
// each one (from the ISO instant in data-instant) and say so once.
(function () {
    'use strict';
    const note = document.getElementById('zone-note');
    if (!note) {
        return;
    }
    const eventZone = note.dataset.eventZone;
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!eventZone || !viewerZone || eventZone === viewerZone) {
        return;
    }
    const lang = document.documentElement.lang || 'en';
    const options = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
    const inEvent = new Intl.DateTimeFormat(lang, Object.assign({timeZone: eventZone}, options));
    const inViewer = new Intl.DateTimeFormat(lang, Object.assign({timeZone: viewerZone}, options));
    const dayInEvent = new Intl.DateTimeFormat('en-CA', {timeZone: eventZone});
    const dayInViewer = new Intl.DateTimeFormat('en-CA', {timeZone: viewerZone});
    const dayLabel = new Intl.DateTimeFormat(lang, {timeZone: viewerZone, month: 'short', day: 'numeric'});
    const template = note.dataset.msgLocal;
    let shown = false;

    document.querySelectorAll('time[data-instant]').forEach(function (time) {
        const instant = new Date(time.dataset.instant);
        if (isNaN(instant)) {
            return;
        }
        const sameDay = dayInEvent.format(instant) === dayInViewer.format(instant);
        if (sameDay && inEvent.format(instant) === inViewer.format(instant)) {
            return;
        }
        const local = (sameDay ? '' : dayLabel.format(instant) + ' ') + inViewer.format(instant);
        const span = document.createElement('span');
        span.className = 'local-time';
        span.textContent = template.replace('%1', local);
        time.after(span);
        shown = true;
    });

    if (shown) {
        const viewer = document.getElementById('viewer-zone');
        viewer.textContent = note.dataset.msgViewer.replace('%1', viewerZone);
        viewer.hidden = false;
    }
}());
