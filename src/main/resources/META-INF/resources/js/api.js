/*
 * The one way the pages call the server: JSON in and out with the session's cookie, and every refusal
 * (an application/problem+json answer, another failed answer, or no answer at all) thrown as a ProblemError.
 */

/** A refused or failed call: the problem's fields, with status 0 when the server could not be reached. */
export class ProblemError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || String(status));
        this.name = 'ProblemError';
        this.status = status;
        this.type = problem.type || null;
        this.title = problem.title || null;
        this.detail = problem.detail || null;
        this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    }

    /** True when no answer came: the page says so in its own words. */
    get network() {
        return this.status === 0;
    }
}

// The one place the headers of a call are made, so that a token every call must carry is added here only.
function headers(accept, body) {
    const made = {'Accept': accept};
    if (body !== undefined && !(body instanceof FormData)) {
        made['Content-Type'] = 'application/json';
    }
    return made;
}

async function send(method, url, body, accept) {
    const init = {method: method, credentials: 'same-origin', headers: headers(accept, body)};
    if (body !== undefined) {
        init.body = body instanceof FormData ? body : JSON.stringify(body);
    }
    try {
        return await fetch(url, init);
    } catch (e) {
        throw new ProblemError(0, {detail: e.message});
    }
}

async function json(response) {
    const type = response.headers.get('Content-Type') || '';
    if (response.status === 204 || type.indexOf('json') < 0) {
        return null;
    }
    try {
        return await response.json();
    } catch (e) {
        return null;
    }
}

/**
 * Calls the JSON API; resolves to {status, data, headers} (data null when the answer has no JSON body). A body is
 * sent as JSON, or as it is when it is FormData.
 */
export async function request(method, url, body) {
    const response = await send(method, url, body, 'application/json');
    const data = await json(response);
    if (!response.ok) {
        throw new ProblemError(response.status, data || {
            title: response.statusText, detail: response.status + ' ' + response.statusText
        });
    }
    return {status: response.status, data: data, headers: response.headers};
}

/** Fetches a page of this site as a document, to take fresh parts of it. */
export async function page(url) {
    const response = await send('GET', url, undefined, 'text/html');
    if (!response.ok) {
        throw new ProblemError(response.status, {detail: response.status + ' ' + response.statusText});
    }
    return new DOMParser().parseFromString(await response.text(), 'text/html');
}
