/*
 * The participants page: the directory search through the API (X-Total-Count for paging), adding and editing a
 * participant, importing a sheet, and issuing personal links. Issued links live only in this script's memory until
 * the organiser downloads them as a CSV made here in the browser.
 */
import {request} from './api.js';
import {confirmAction} from './confirm-dialog.js';
import {summary} from './problem.js';
import * as setup from './setup-common.js';
import {element, format} from './text.js';

const selected = new Set();

// Search

function initSearch() {
    const form = document.getElementById('search-form');
    const rows = document.getElementById('participant-rows');
    const template = document.getElementById('participant-row');
    const count = document.getElementById('search-count');
    const pager = document.querySelector('nav.pager');
    const previous = document.getElementById('page-prev');
    const next = document.getElementById('page-next');
    const pageOf = document.getElementById('page-of');
    const size = Number(pager.dataset.size);
    let page = Number(pager.dataset.page);
    let latest = 0;
    let timer = null;

    function parameters(pageIndex) {
        const query = new URLSearchParams();
        ['q', 'group', 'country', 'sector'].forEach(function (name) {
            const value = form.elements[name].value.trim();
            if (value) {
                query.set(name, value);
            }
        });
        query.set('page', String(pageIndex));
        return query;
    }

    function row(participant) {
        const tr = template.content.firstElementChild.cloneNode(true);
        const cells = tr.cells;
        tr.dataset.participant = participant.id;
        const box = cells[0].querySelector('input');
        box.dataset.select = participant.id;
        box.checked = selected.has(participant.id);
        box.setAttribute('aria-label', format(rows.dataset.select, {name: participant.name}));
        cells[1].querySelector('code').textContent = participant.id;
        cells[2].textContent = participant.name;
        cells[3].textContent = participant.organisation || '';
        cells[4].textContent = participant.group || '';
        cells[5].textContent = participant.country || '';
        cells[6].textContent = (participant.sectors || []).join(', ');
        cells[7].textContent = participant.table || '';
        const edit = cells[8].querySelector('button');
        edit.dataset.editParticipant = participant.id;
        edit.setAttribute('aria-label', format(rows.dataset.edit, {name: participant.name}));
        return tr;
    }

    async function search(pageIndex) {
        // A search typed a moment ago must not come back later and undo a page turned since.
        window.clearTimeout(timer);
        const query = parameters(pageIndex);
        const ticket = ++latest;
        const api = new URLSearchParams(query);
        api.set('size', String(size));
        let answer;
        try {
            answer = await request('GET', setup.eventUrl('/participants?' + api.toString()));
        } catch (problem) {
            if (ticket === latest) {
                count.textContent = summary(problem, '', setup.texts.networkError);
            }
            return;
        }
        if (ticket !== latest) {
            return;
        }
        const total = Number(answer.headers.get('X-Total-Count') || answer.data.length);
        page = pageIndex;
        rows.replaceChildren.apply(rows, answer.data.map(row));
        const first = total === 0 ? 0 : page * size + 1;
        const last = Math.min(total, (page + 1) * size);
        count.textContent = total === 0 ? count.dataset.none
            : format(count.dataset.text, {first: first, last: last, total: total});
        const pages = Math.max(1, Math.ceil(total / size));
        pageOf.textContent = format(pager.dataset.of, {page: page + 1, pages: pages});
        previous.hidden = page === 0;
        next.hidden = last >= total;
        previous.href = '?' + parameters(Math.max(0, page - 1)).toString();
        next.href = '?' + parameters(page + 1).toString();
        window.history.replaceState(null, '', '?' + query.toString());
        syncPageBox();
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        search(0);
    });
    form.addEventListener('input', function (event) {
        if (event.target.name === 'q') {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                search(0);
            }, 300);
        }
    });
    form.addEventListener('change', function (event) {
        if (event.target.tagName === 'SELECT') {
            search(0);
        }
    });
    previous.addEventListener('click', function (event) {
        event.preventDefault();
        search(Math.max(0, page - 1));
    });
    next.addEventListener('click', function (event) {
        event.preventDefault();
        search(page + 1);
    });
    return {again: function () {
        return search(page);
    }};
}

// Selection for links

function syncPageBox() {
    const boxes = document.querySelectorAll('#participant-rows input[data-select]');
    const all = document.getElementById('select-page');
    const checked = Array.prototype.filter.call(boxes, function (box) {
        return box.checked;
    }).length;
    all.checked = boxes.length > 0 && checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
    const actions = document.getElementById('links-actions');
    const button = document.getElementById('links-selected');
    button.textContent = format(actions.dataset.selected, {n: selected.size});
    button.disabled = selected.size === 0;
    document.getElementById('links-mail').textContent = selected.size
        ? format(actions.dataset.mailSelected, {n: selected.size})
        : document.getElementById('links-mail').dataset.all;
    const move = document.getElementById('group-submit');
    move.textContent = format(document.getElementById('group-form').dataset.button, {n: selected.size});
    move.disabled = selected.size === 0;
}

function initSelection() {
    const mail = document.getElementById('links-mail');
    mail.dataset.all = mail.textContent;
    document.getElementById('participant-rows').addEventListener('change', function (event) {
        const id = event.target.dataset.select;
        if (id) {
            if (event.target.checked) {
                selected.add(id);
            } else {
                selected.delete(id);
            }
            syncPageBox();
        }
    });
    document.getElementById('select-page').addEventListener('change', function (event) {
        document.querySelectorAll('#participant-rows input[data-select]').forEach(function (box) {
            box.checked = event.target.checked;
            if (box.checked) {
                selected.add(box.dataset.select);
            } else {
                selected.delete(box.dataset.select);
            }
        });
        syncPageBox();
    });
    syncPageBox();
}

// Adding and editing

function initEditor(list) {
    const form = document.getElementById('participant-form');
    const title = document.getElementById('participant-form-title');
    const area = document.getElementById('participant-result');
    const cancel = document.getElementById('participant-cancel');
    const remove = document.getElementById('participant-delete');
    const fields = ['id', 'name', 'organisation', 'group', 'country', 'email', 'maxMeetings', 'table',
        'description', 'offers', 'seeks'];
    let editing = null;

    function listOf(text) {
        const items = text.split(',').map(function (s) {
            return s.trim();
        }).filter(function (s) {
            return s;
        });
        return items.length ? items : null;
    }

    function reset() {
        editing = null;
        form.reset();
        form.elements.id.readOnly = false;
        title.textContent = title.dataset.add;
        cancel.hidden = true;
        remove.hidden = true;
        setup.clearErrors(form);
    }

    function read() {
        const body = Object.assign({}, editing || {});
        fields.forEach(function (name) {
            const value = form.elements[name].value.trim();
            body[name] = value === '' ? null : value;
        });
        body.maxMeetings = body.maxMeetings === null ? null : Number(body.maxMeetings);
        body.sectors = listOf(form.elements.sectors.value);
        body.languages = listOf(form.elements.languages.value);
        Object.keys(body).forEach(function (key) {
            if (body[key] === null) {
                delete body[key];
            }
        });
        return body;
    }

    async function load(id) {
        let answer;
        try {
            answer = await request('GET', setup.eventUrl('/participants/' + encodeURIComponent(id)));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        reset();
        editing = answer.data;
        fields.forEach(function (name) {
            const value = editing[name];
            form.elements[name].value = value === undefined || value === null ? '' : value;
        });
        form.elements.sectors.value = (editing.sectors || []).join(', ');
        form.elements.languages.value = (editing.languages || []).join(', ');
        form.elements.id.readOnly = true;
        title.textContent = format(title.dataset.edit, {name: editing.name});
        cancel.hidden = false;
        remove.hidden = false;
        title.scrollIntoView({block: 'start'});
        title.focus();
    }

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const body = read();
        try {
            if (editing) {
                await request('PUT', setup.eventUrl('/participants/' + encodeURIComponent(editing.id)), body);
            } else {
                await request('POST', setup.eventUrl('/participants'), body);
            }
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        reset();
        setup.notice(area, setup.texts.saved);
        await list.again();
    });
    cancel.addEventListener('click', function () {
        reset();
        title.focus();
    });
    remove.addEventListener('click', async function () {
        if (!editing || !await confirmAction({title: format(form.dataset.confirmDelete, {name: editing.name}),
            text: form.dataset.confirmDeleteText, confirm: form.dataset.confirmDeleteButton,
            cancel: form.dataset.confirmKeep, danger: true})) {
            return;
        }
        const id = editing.id;
        try {
            await request('DELETE', setup.eventUrl('/participants/' + encodeURIComponent(id)));
        } catch (problem) {
            setup.refused(form, area, problem);
            return;
        }
        selected.delete(id);
        reset();
        setup.notice(area, setup.texts.deleted);
        await list.again();
    });
    document.getElementById('participant-rows').addEventListener('click', function (event) {
        const button = event.target.closest('[data-edit-participant]');
        if (button) {
            load(button.dataset.editParticipant);
        }
    });
}

// Importing a sheet

/** 'line 7, column "E-mail"' as the importer names a place in the organiser's file. */
function place(path) {
    const m = /^line (\d+)(?:, column "((?:[^"\\]|\\.)*)")?$/.exec(path || '');
    return m ? {line: m[1], column: m[2] ? m[2].replace(/\\(.)/g, '$1') : ''} : {line: '', column: path || ''};
}

function initImport(list) {
    const form = document.getElementById('import-form');
    const area = document.getElementById('import-result');
    const labels = document.getElementById('import-labels').dataset;
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const file = form.elements.file.files[0];
        if (!file) {
            return;
        }
        const body = new FormData();
        body.append('file', file, file.name);
        let answer;
        try {
            answer = await request('POST', setup.eventUrl('/participants/import'), body);
        } catch (problem) {
            // The rows in error go into a table of their own rather than the usual list.
            const box = setup.refused(form, area, {status: problem.status, detail: problem.detail},
                form.dataset.failed);
            const errors = problem.errors;
            if (errors.length) {
                const table = document.getElementById('import-errors').content.firstElementChild.cloneNode(true);
                const body = table.tBodies[0];
                errors.forEach(function (error) {
                    const where = place(error.path);
                    const tr = document.createElement('tr');
                    tr.appendChild(element('td', 'num', where.line));
                    tr.appendChild(element('td', null, where.column));
                    tr.appendChild(element('td', null, error.message));
                    body.appendChild(tr);
                });
                const wrap = element('div', 'grid-wrap');
                wrap.appendChild(table);
                box.appendChild(wrap);
            }
            return;
        }
        const notice = setup.notice(area, form.dataset.done);
        const counts = document.getElementById('import-counts').content.firstElementChild.cloneNode(true);
        const result = answer.data || {};
        // Only counts the page has words for: a field the page does not know is not shown by its raw name.
        Object.keys(result).forEach(function (key) {
            if (typeof result[key] === 'number' && labels[key]) {
                counts.appendChild(element('dt', null, labels[key]));
                counts.appendChild(element('dd', 'num', String(result[key])));
            }
        });
        if (counts.children.length) {
            area.appendChild(counts);
        }
        const warnings = result.warnings || [];
        if (warnings.length) {
            area.appendChild(element('p', null, labels.warnings));
            const items = element('ul');
            warnings.forEach(function (warning) {
                items.appendChild(element('li', null,
                    typeof warning === 'string' ? warning : (warning.path || '') + ' ' + (warning.message || '')));
            });
            area.appendChild(items);
        }
        form.reset();
        notice.focus();
        await list.again();
    });
}

// Personal links

function csvCell(text) {
    const value = String(text === undefined || text === null ? '' : text);
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

function initLinks() {
    const actions = document.getElementById('links-actions');
    const area = document.getElementById('links-result');
    const download = document.getElementById('links-download');
    let issued = null;

    function wanted() {
        return Array.from(selected);
    }

    async function issue(participants) {
        let answer;
        try {
            answer = await request('POST', setup.eventUrl('/links'), participants ? {participants: participants} : {});
        } catch (problem) {
            issued = null;
            download.hidden = true;
            setup.refused(actions, area, problem);
            return;
        }
        issued = answer.data;
        setup.notice(area, format(actions.dataset.issued, {n: issued.length}) + ' ' + actions.dataset.once);
        download.hidden = false;
        download.focus();
    }

    document.getElementById('links-all').addEventListener('click', function () {
        issue(null);
    });
    document.getElementById('links-selected').addEventListener('click', function () {
        if (selected.size) {
            issue(wanted());
        }
    });
    download.addEventListener('click', function () {
        if (!issued) {
            return;
        }
        const lines = [['participant', 'url']].concat(issued.map(function (link) {
            return [link.participant, link.url];
        })).map(function (cells) {
            return cells.map(csvCell).join(',');
        });
        const url = URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], {type: 'text/csv'}));
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = actions.dataset.file + '-' + setup.eventId + '.csv';
        document.body.appendChild(anchor);
        anchor.click();
        anchor.remove();
        window.setTimeout(function () {
            URL.revokeObjectURL(url);
        }, 1000);
    });
    document.getElementById('links-mail').addEventListener('click', async function () {
        const participants = selected.size ? wanted() : null;
        const n = participants ? participants.length : Number(actions.dataset.participants);
        if (!window.confirm(format(actions.dataset.confirmMail, {n: n}))) {
            return;
        }
        const body = participants ? {participants: participants} : {};
        let answer;
        try {
            answer = await request('POST', setup.eventUrl('/invitations'), body);
        } catch (problem) {
            setup.refused(actions, area, problem);
            return;
        }
        const data = answer.data || {};
        const mailed = Array.isArray(data.invited) ? data.invited.length : n;
        setup.notice(area, format(actions.dataset.mailed, {n: mailed}));
    });
}

// Moving the selected participants to a group, all or nothing

function initGroups(list) {
    const form = document.getElementById('group-form');
    const area = document.getElementById('group-result');
    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        if (!selected.size) {
            return;
        }
        const button = document.getElementById('group-submit');
        const group = form.elements.group.value.trim();
        button.disabled = true;
        try {
            const answer = await request('POST', setup.eventUrl('/participants/group-change'),
                {participants: Array.from(selected), group: group || null});
            const n = answer.data.length;
            setup.clearErrors(form, area);
            await list.again();
            setup.notice(area, group ? format(form.dataset.moved, {n: n, group: answer.data[0].group || group})
                : format(form.dataset.cleared, {n: n}));
        } catch (e) {
            setup.refused(form, area, e, form.dataset.notSaved);
        } finally {
            syncPageBox();
        }
    });
}

const list = initSearch();
initSelection();
initEditor(list);
initImport(list);
initLinks();
initGroups(list);
