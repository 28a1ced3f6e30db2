// The statistics page's charts, drawn from the statistics API; the page's tables hold the same figures.
import {request} from './api.js';

const root = document.getElementById('stats');
if (root && typeof Chart !== 'undefined') {
    charts(root);
}

function bars(canvas, labels, values, label, color, xTitle, max) {
    return new Chart(canvas, {
        type: 'bar',
        data: {labels: labels, datasets: [{label: label, data: values, backgroundColor: color}]},
        options: {
            animation: false,
            maintainAspectRatio: false,
            plugins: {legend: {display: false}},
            scales: {
                x: {title: {display: Boolean(xTitle), text: xTitle}},
                y: {beginAtZero: true, max: max, ticks: {precision: 0}, title: {display: true, text: label}}
            }
        }
    });
}

async function charts(root) {
    let stats;
    try {
        stats = (await request('GET', '/api/events/' + root.dataset.event + '/statistics')).data;
    } catch {
        // The tables below say the same.
        return;
    }
    const distribution = stats.meetingsPerParticipant.distribution;
    const counts = Object.keys(distribution).map(Number).sort(function (a, b) { return a - b; });
    bars(document.getElementById('chart-per-participant'), counts.map(String),
        counts.map(function (n) { return distribution[n]; }), root.dataset.labelParticipants, '#0b57a4',
        root.dataset.labelMeetings);
    const slots = stats.tableUse.perSlot;
    bars(document.getElementById('chart-table-use'),
        slots.map(function (slot) { return slot.date + ' ' + slot.start; }),
        slots.map(function (slot) { return slot.tablesUsed; }), root.dataset.labelTables, '#1b6b2f', '',
        stats.tableUse.tables);
}
