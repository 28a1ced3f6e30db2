/*
 * Table ids from a count and a pattern, as the tables batch API makes them (event.lifecycle.TableBatchInput): {n}
 * is the number from the first one on, padded with zeros to the width of the largest unless told otherwise.
 */
import {format} from './text.js';

export function tableIds(count, pattern, start, zeroPad) {
    const first = Number.isFinite(start) ? start : 1;
    const width = zeroPad === false ? 1 : String(first + count - 1).length;
    const ids = [];
    for (let n = first; n < first + count; n++) {
        ids.push((pattern || 'T{n}').split('{n}').join(String(n).padStart(width, '0')));
    }
    return ids;
}

/** The batch a .table-pattern block asks for: {count, pattern, start, namePattern}. */
export function readPattern(block) {
    const value = function (name) {
        return block.querySelector('[name=' + name + ']').value.trim();
    };
    return {
        count: value('count') === '' ? 0 : Number(value('count')),
        pattern: value('pattern') || 'T{n}',
        start: value('start') === '' ? 1 : Number(value('start')),
        namePattern: value('namePattern') || null
    };
}

/** The tables of a batch as documents, for a new event's document. */
export function tablesOf(batch) {
    return tableIds(batch.count, batch.pattern, batch.start).map(function (id, i) {
        const table = {id: id};
        if (batch.namePattern) {
            table.name = batch.namePattern.split('{n}').join(String(batch.start + i));
        }
        return table;
    });
}

/** Keeps the block's preview ("20 tables: T01 … T20") in step with its fields. */
export function preview(block) {
    const out = block.querySelector('.tables-preview');
    function update() {
        const batch = readPattern(block);
        if (!(batch.count > 0) || batch.pattern.indexOf('{n}') < 0) {
            out.textContent = block.dataset.none;
            return;
        }
        const ids = tableIds(Math.min(batch.count, 1000), batch.pattern, batch.start);
        out.textContent = format(block.dataset.preview, {n: ids.length, first: ids[0], last: ids[ids.length - 1]});
    }
    block.addEventListener('input', update);
    update();
}
