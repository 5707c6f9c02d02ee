import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

/** A parsed page, as far as the safety and accessibility checks need it. */
export interface ParsedPage {
  readonly elements: ReadonlyArray<{ name: string; attributes: Record<string, string> }>;
  /** The text inside each `<mark>`, entities decoded, in document order. */
  readonly marks: ReadonlyArray<{ id: string | null; text: string }>;
  readonly labelsFor: ReadonlySet<string>;
}

export function parsePage(html: string): ParsedPage {
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  const marks: Array<{ id: string | null; text: string }> = [];
  const labelsFor = new Set<string>();
  let markDepth = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      elements.push({ name, attributes });
      if (name === 'label' && attributes.for) labelsFor.add(attributes.for);
      if (name === 'mark') {
        markDepth++;
        marks.push({ id: attributes.id ?? null, text: '' });
      }
    },
    ontext(text) {
      if (markDepth > 0) marks[marks.length - 1]!.text += text;
    },
    onclosetag(name) {
      if (name === 'mark') markDepth--;
    },
  }, { decodeEntities: false, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  for (const m of marks) m.text = decodeHTML(m.text);
  return { elements, marks, labelsFor };
}

export interface HostileExpectations {
  readonly forbiddenElements: readonly string[];
  readonly scriptsOnlyFrom: string;
  readonly forbiddenAttributePrefix: string;
  readonly forbiddenUrlSchemes: readonly string[];
  readonly forbiddenRawText: readonly string[];
  readonly escapedTextShown: string;
}

/**
 * The page is inert whatever the reports held: scripts only from our assets, no event-handler or
 * style attributes, no elements reports could bring in, no script URLs in links.
 */
export function assertInert(html: string, expect: HostileExpectations, where: string): ParsedPage {
  const page = parsePage(html);
  for (const el of page.elements) {
    assert.ok(!expect.forbiddenElements.includes(el.name), `${where}: a <${el.name}> element`);
    if (el.name === 'script') {
      assert.ok(el.attributes.src?.startsWith(expect.scriptsOnlyFrom), `${where}: a script not from ${expect.scriptsOnlyFrom}`);
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      assert.ok(!name.startsWith(expect.forbiddenAttributePrefix), `${where}: <${el.name} ${name}=...>`);
      assert.notEqual(name, 'style', `${where}: an inline style attribute`);
      if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') {
        const url = decodeHTML(value).trim().toLowerCase().replace(/[\s\u0000-\u001f]/g, '');
        for (const scheme of expect.forbiddenUrlSchemes) assert.ok(!url.startsWith(scheme), `${where}: ${name}="${value}"`);
      }
    }
  }
  for (const raw of expect.forbiddenRawText) assert.ok(!html.includes(raw), `${where}: raw "${raw}" in the page`);
  return page;
}

/** Every visible form control has a label (`<label for>`, `aria-label` or `aria-labelledby`). */
export function assertLabelled(page: ParsedPage, where: string): void {
  for (const el of page.elements) {
    if (!['input', 'select', 'textarea'].includes(el.name)) continue;
    if (['hidden', 'submit', 'button'].includes(el.attributes.type ?? '')) continue;
    const labelled = (el.attributes.id && page.labelsFor.has(el.attributes.id)) || el.attributes['aria-label'] || el.attributes['aria-labelledby'];
    assert.ok(labelled, `${where}: <${el.name} name="${el.attributes.name}"> has no label`);
  }
}
