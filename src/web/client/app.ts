/**
 * The web UI's only script, an enhancement: every page works without it. It
 * - sends the Add form's items one by one to the API, showing progress and each outcome;
 * - focuses the search box on "/" (as many sites do), unless one is typing.
 * It builds DOM with textContent only: server messages and file names are never parsed as HTML.
 */
import type { Browser, DomElement, DomEvent, DomForm, DomFormData, DomInput, DomProgress, FormEntry } from './dom.js';

const win = globalThis as unknown as Browser;
const doc = win.document;

interface Outcome {
  readonly kind: 'added' | 'present' | 'failed';
  readonly name: string;
  readonly report?: string;
  readonly story?: string;
  readonly reason?: string;
  readonly warnings?: readonly string[];
}

function element(tag: string, className: string, ...children: Array<DomElement | string>): DomElement {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

function link(href: string, text: string): DomElement {
  const a = element('a', '', text);
  a.setAttribute('href', href);
  return a;
}

function outcomeLine(outcome: Outcome): DomElement {
  if (outcome.kind === 'added' && outcome.story) {
    return element('li', 'outcome added', `${outcome.name}: added to `, link(`/stories/${encodeURIComponent(outcome.story)}`, 'its story'));
  }
  if (outcome.kind === 'present' && outcome.report) {
    return element('li', 'outcome present', `${outcome.name}: `, link(`/reports/${encodeURIComponent(outcome.report)}`, 'already present'));
  }
  return element('li', 'outcome failed', `${outcome.name}: ${outcome.reason ?? 'failed'}`);
}

function isFile(entry: FormEntry | null): entry is Exclude<FormEntry, string> {
  return entry !== null && typeof entry !== 'string' && (entry.size > 0 || entry.name !== '');
}

const TEXT_FIELDS = ['text', 'title', 'outlet', 'url', 'published', 'lang'];

function enhanceAddForm(form: DomForm): void {
  const section = doc.getElementById('add-progress');
  const status = doc.getElementById('add-status');
  const results = doc.getElementById('add-results');
  const bar = doc.getElementById('add-bar') as DomProgress | null;
  const submit = doc.getElementById('a-submit') as DomInput | null;
  if (!section || !status || !results || !bar || !submit) return;

  form.addEventListener('submit', (event: DomEvent) => {
    event.preventDefault();
    void send();
  });

  async function send(): Promise<void> {
    const data = new win.FormData(form);
    const items: Array<{ label: string; body: DomFormData }> = [];
    const text = data.get('text');
    if (typeof text === 'string' && text.trim() !== '') {
      const body = new win.FormData();
      for (const name of TEXT_FIELDS) {
        const value = data.get(name);
        if (typeof value === 'string' && value.trim() !== '') body.append(name, value);
      }
      items.push({ label: 'the pasted report', body });
    }
    const addresses = data.get('fetch');
    if (typeof addresses === 'string') {
      // One post per address, so progress moves page by page.
      for (const address of addresses.split(/\s+/).filter((a) => a !== '')) {
        const body = new win.FormData();
        body.append('fetch', address);
        items.push({ label: address, body });
      }
    }
    for (const file of data.getAll('files').filter(isFile)) {
      const body = new win.FormData();
      body.append('files', file);
      items.push({ label: file.name, body });
    }
    section!.hidden = false;
    results!.replaceChildren();
    if (items.length === 0) {
      status!.replaceChildren(element('p', 'error', 'Nothing to add: paste a report\'s text, give page addresses or choose files.'));
      return;
    }
    const token = data.get('token');
    const headers: Record<string, string> = typeof token === 'string' && token !== '' ? { Authorization: `Bearer ${token}` } : {};
    const counts = { added: 0, present: 0, failed: 0 };
    bar!.hidden = false;
    bar!.max = items.length;
    bar!.value = 0;
    submit!.disabled = true;
    for (const [i, item] of items.entries()) {
      status!.replaceChildren(element('p', '', `Adding ${i + 1} of ${items.length}: ${item.label}…`));
      try {
        const response = await win.fetch('/api/v1/reports', { method: 'POST', body: item.body, headers });
        const body = (await response.json().catch(() => null)) as { outcomes?: Outcome[]; error?: { message?: string } } | null;
        if (body?.outcomes) {
          for (const outcome of body.outcomes) {
            counts[outcome.kind]++;
            results!.append(outcomeLine(outcome));
          }
        } else {
          counts.failed++;
          results!.append(outcomeLine({ kind: 'failed', name: item.label, reason: body?.error?.message ?? `the server answered ${response.status}` }));
        }
      } catch (error) {
        counts.failed++;
        results!.append(outcomeLine({ kind: 'failed', name: item.label, reason: `could not reach the server (${(error as Error).message})` }));
      }
      bar!.value = i + 1;
    }
    submit!.disabled = false;
    status!.replaceChildren(element('p', counts.failed > 0 ? 'error' : '', `Done: ${counts.added} added, ${counts.present} already present, ${counts.failed} failed.`));
    if (counts.failed === 0) form.reset();
  }
}

function focusSearchOnSlash(): void {
  doc.addEventListener('keydown', (event: DomEvent) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const active = doc.activeElement;
    if (active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable)) return;
    const search = doc.getElementById('site-q');
    if (!search) return;
    event.preventDefault();
    search.focus();
  });
}

const addForm = doc.getElementById('add-form') as DomForm | null;
if (addForm) enhanceAddForm(addForm);
focusSearchOnSlash();
