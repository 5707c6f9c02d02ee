/**
 * HTML by tagged template: every interpolated value is escaped unless it is already `SafeHtml`
 * (made by this template or by `unsafeRaw`). Report text and titles are untrusted; this is the
 * one place that turns strings into markup, so nothing reaches a page unescaped by accident.
 */

const SAFE = Symbol('safe-html');

/** A piece of markup known to be safe to put in a page as it is. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

/** What a template accepts: strings and numbers are escaped; null, undefined and false vanish. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters that may not appear in an HTML document even escaped (C0 controls other than tab,
 * newline, carriage return and form feed; lone surrogates are replaced by encoding anyway).
 */
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, '\uFFFD').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as Partial<SafeHtml>)[SAFE] === true;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafe(value)) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Builds markup; interpolations are escaped (arrays are joined, null/undefined/false omitted).
 *
 * @example
 * html`<p title="${title}">${text}</p>`.value // '<p title="a &amp; b">&lt;script&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + (strings[i + 1] ?? '');
  return { [SAFE]: true, value: out };
}

/** Marks a string as markup without escaping it: only for constants and generated markup. */
export function unsafeRaw(markup: string): SafeHtml {
  return { [SAFE]: true, value: markup };
}

/** Joins pieces of markup with a separator (escaped like any value). */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue): SafeHtml {
  const parts: HtmlValue[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(separator);
    parts.push(item);
  });
  return html`${parts}`;
}

/**
 * An external link's address, or null when it is not plain http(s): a report's `javascript:`,
 * `data:` or relative URL must never become a link.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
