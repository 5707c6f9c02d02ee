import { html, type SafeHtml } from './html.js';

/** `[-removed-]` and `{+added+}` in a word diff's edits as `<del>` and `<ins>` (every piece escaped). */
export function renderEdits(edits: string): SafeHtml {
  const pieces: SafeHtml[] = [];
  let at = 0;
  for (const match of edits.matchAll(/\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g)) {
    pieces.push(html`${edits.slice(at, match.index)}`);
    pieces.push(match[1] !== undefined ? html`<del>${match[1]}</del>` : html`<ins>${match[2]}</ins>`);
    at = match.index + match[0].length;
  }
  pieces.push(html`${edits.slice(at)}`);
  return html`${pieces}`;
}
