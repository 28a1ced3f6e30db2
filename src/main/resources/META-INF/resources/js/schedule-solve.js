// The solve page: start a job with the chosen time limit, follow its progress as Server-Sent Events (figures and a
// chart of the best timetable over time), stop it early, or re-plan the rest of the day from now. The capacity bound comes from the capacity section.
import {request} from './api.js';
import {showProblem} from './problem.js';
import {format} from './text.js';

const root = document.getElementById('solve');
if (root) {
    solvePage(root);
}

function solvePage(root) {
    const solveUrl = '/api/events/' + root.dataset.event + '/solve';
    const form = document.getElementById('solve-form');
    const startButton = document.getElementById('solve-start');
    const stopButton = document.getElementById('solve-stop');
    const replanButton = document.getElementById('solve-replan');
    // The server's event-local now when the page was made (yyyy-MM-ddTHH:mm), moved on by the time spent here since.
    const renderedNow = root.dataset.now;
    const loadedAt = Date.now();
    const problemBox = document.getElementById('solve-problem');
    const announce = document.getElementById('solve-announce');
    const canvas = document.getElementById('solve-chart');
    const lang = document.documentElement.lang || 'en';
    const percent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 1});
    let chart = null;
    let source = null;

    function field(name) {
        return root.querySelector('[data-field="' + name + '"]');
    }

    function showShare() {
        const capacity = document.querySelector('#capacity [data-upper-bound]');
        const bound = capacity ? Number(capacity.dataset.upperBound) : 0;
        const share = field('share');
        const scheduled = Number(share.dataset.scheduledPriority);
        share.textContent = bound > 0 ? percent.format(scheduled / bound) : '–';
    }

    // How close the timetable is to the best possible: proven, bounded (by the exact phase or the capacity check).
    function showOptimality(status) {
        let text = '–';
        if (status.optimality === 'PROVEN_OPTIMAL') {
            text = root.dataset.msgProven;
        } else if (status.optimality === 'BOUNDED') {
            text = status.breaksOverAtMost == null
                ? format(root.dataset.msgCapacity, [status.meetingsShortAtMost, status.priorityShortAtMost])
                : format(root.dataset.msgBounded,
                    [status.meetingsShortAtMost, status.priorityShortAtMost, status.breaksOverAtMost]);
        }
        field('optimality').textContent = text;
    }

    function show(status) {
        const solving = status.status === 'SOLVING';
        field('status').textContent = solving ? root.dataset.msgSolving : root.dataset.msgIdle;
        field('priority').textContent = format(root.dataset.msgOf, [status.scheduledPriority, status.requestedPriority]);
        field('fairness').textContent = status.belowFairShare;
        field('feasible').textContent = status.feasible ? root.dataset.msgYes : root.dataset.msgNo;
        field('scheduled').textContent = format(root.dataset.msgOf,
            [status.scheduled, status.scheduled + status.unscheduled]);
        field('breaks').textContent = status.breaks;
        field('elapsed').textContent = status.elapsedMillis == null ? '–'
            : format(root.dataset.msgSeconds, [Math.round(status.elapsedMillis / 1000)]);
        field('share').dataset.scheduledPriority = status.scheduledPriority;
        showShare();
        showOptimality(status);
        startButton.disabled = solving;
        stopButton.disabled = !solving;
        if (replanButton) {
            replanButton.disabled = solving;
        }
    }

    function eventNow() {
        const parts = renderedNow.split(/[-T:]/).map(Number);
        const then = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4]);
        return new Date(then + (Date.now() - loadedAt)).toISOString().slice(0, 16);
    }

    async function begin(query, startedMessage) {
        problemBox.hidden = true;
        startButton.disabled = true;
        if (replanButton) {
            replanButton.disabled = true;
        }
        let body;
        try {
            body = (await request('POST', solveUrl + query)).data;
        } catch (problem) {
            showProblem(problemBox, problem);
            startButton.disabled = false;
            if (replanButton) {
                replanButton.disabled = false;
            }
            return;
        }
        if (chart) {
            chart.data.datasets.forEach(function (dataset) { dataset.data = []; });
            chart.update();
        }
        announce.textContent = startedMessage;
        show(body);
        follow();
    }

    function makeChart() {
        if (typeof Chart === 'undefined') {
            return null;
        }
        const line = function (label, color, dash) {
            return {label: label, data: [], borderColor: color, backgroundColor: color, borderDash: dash,
                stepped: true, pointRadius: 2};
        };
        return new Chart(canvas, {
            type: 'line',
            data: {datasets: [line(canvas.dataset.labelScheduled, '#0b57a4', []),
                line(canvas.dataset.labelBreaks, '#a4161a', [6, 4])]},
            options: {
                animation: false,
                maintainAspectRatio: false,
                scales: {
                    x: {type: 'linear', min: 0, title: {display: true, text: canvas.dataset.labelX}},
                    y: {beginAtZero: true, ticks: {precision: 0}}
                }
            }
        });
    }

    function plot(status) {
        if (status.elapsedMillis == null) {
            return;
        }
        chart = chart || makeChart();
        if (!chart) {
            return;
        }
        const x = status.elapsedMillis / 1000;
        chart.data.datasets[0].data.push({x: x, y: status.scheduled});
        chart.data.datasets[1].data.push({x: x, y: status.breaks});
        chart.update();
    }

    function ended(status) {
        announce.textContent = format(root.dataset.msgEnded, [status.scheduled, status.breaks]);
        if (status.error) {
            showProblem(problemBox, {detail: status.error}, {lead: root.dataset.msgFailed});
        }
    }

    async function refresh() {
        let status;
        try {
            status = (await request('GET', solveUrl)).data;
        } catch {
            return;
        }
        show(status);
        if (status.status === 'SOLVING') {
            follow();
        } else {
            ended(status);
        }
    }

    function follow() {
        if (source) {
            source.close();
        }
        source = new EventSource(solveUrl + '/events');
        source.onmessage = function (message) {
            const status = JSON.parse(message.data);
            show(status);
            plot(status);
            if (status.status !== 'SOLVING') {
                source.close();
                source = null;
                ended(status);
            }
        };
        source.onerror = function () {
            if (source) {
                source.close();
                source = null;
                window.setTimeout(refresh, 1000);
            }
        };
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        const seconds = document.getElementById('seconds').value;
        begin('?seconds=' + encodeURIComponent(seconds), root.dataset.msgStarted);
    });

    if (replanButton) {
        replanButton.addEventListener('click', function () {
            const seconds = document.getElementById('seconds').value;
            const from = eventNow();
            begin('?seconds=' + encodeURIComponent(seconds) + '&from=' + encodeURIComponent(from),
                format(root.dataset.msgReplanStarted, [from.replace('T', ' ')]));
        });
    }

    stopButton.addEventListener('click', async function () {
        stopButton.disabled = true;
        try {
            await request('DELETE', solveUrl);
        } catch (problem) {
            showProblem(problemBox, problem);
            stopButton.disabled = false;
        }
    });

    const stored = field('optimality').dataset;
    showOptimality({optimality: stored.optimality, meetingsShortAtMost: stored.meetings,
        priorityShortAtMost: stored.priority, breaksOverAtMost: stored.breaks === '' ? null : stored.breaks});
    document.body.addEventListener('htmx:afterSwap', showShare);
    if (root.dataset.solving === 'true') {
        follow();
    }
}
