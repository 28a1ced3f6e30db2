/*
 * Texts the server renders from the message bundles into data attributes, filled in here, and the small nodes
 * the scripts show them in.
 */

/**
 * Replaces the placeholders of a text: %name from an object's keys, or %1, %2… from a list's items in order.
 */
export function format(text, values) {
    const named = Array.isArray(values)
        ? Object.fromEntries(values.map(function (value, i) {
            return [String(i + 1), value];
        }))
        : values;
    // Longest names first, so that %page does not eat the start of %pages (nor %1 the start of %10).
    return Object.keys(named).sort(function (a, b) {
        return b.length - a.length;
    }).reduce(function (result, key) {
        return result.split('%' + key).join(String(named[key]));
    }, text || '');
}

/** A new element with an optional class and text. */
export function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined && text !== null) {
        node.textContent = text;
    }
    return node;
}
