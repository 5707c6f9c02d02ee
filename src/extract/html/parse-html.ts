import { Parser } from 'htmlparser2';
import type { HtmlElement, HtmlText } from './dom.js';
import { DROPPED_TAGS } from './patterns.js';
import { MAX_HTML_CHARS, MAX_PARSER_DEPTH, MAX_TREE_DEPTH, PARSE_CHUNK_CHARS } from './settings.js';

/** A `<meta>` tag as found, keyed by whichever of name / property / itemprop / http-equiv it has. */
export interface MetaTag {
  readonly key: string;
  readonly content: string;
}

export interface LinkTag {
  readonly rel: string;
  readonly href: string;
}

/** The parsed page: the body tree plus what the head (and stray head-like tags) declared. */
export interface HtmlDocument {
  readonly root: HtmlElement;
  readonly metas: readonly MetaTag[];
  readonly links: readonly LinkTag[];
  readonly titleText: string;
  readonly htmlLang: string;
  /** Raw text of every `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** True when the input was cut (longer than MAX_HTML_CHARS, or nested deeper than MAX_PARSER_DEPTH). */
  readonly truncated: boolean;
}

/**
 * Parses HTML into a light tree with htmlparser2's tokenizer. Scripts, styles and other
 * non-text elements are dropped while parsing (JSON-LD kept aside for metadata); nesting beyond
 * MAX_TREE_DEPTH is flattened into the deepest kept element so pathological pages stay bounded.
 */
export function parseHtml(input: string): HtmlDocument {
  const truncated = input.length > MAX_HTML_CHARS;
  const html = truncated ? input.slice(0, MAX_HTML_CHARS) : input;
  const root: HtmlElement = { type: 'element', tag: '#root', attrs: {}, children: [], parent: null };
  const metas: MetaTag[] = [];
  const links: LinkTag[] = [];
  const jsonLd: string[] = [];
  let titleText = '';
  let htmlLang = '';

  let current = root;
  let depth = 0;
  // Open tags not materialised (too deep, or inside a dropped element); closes are balanced.
  let ignoredOpen = 0;
  let dropping = 0;
  let inTitle = false;
  let inJsonLd = false;
  let jsonBuffer = '';
  let lastText: HtmlText | null = null;
  // Elements open in htmlparser2's own stack, whose push/pop cost grows with depth.
  let parserDepth = 0;
  let tooDeep = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++parserDepth > MAX_PARSER_DEPTH) tooDeep = true;
        if (dropping > 0) {
          dropping++;
          return;
        }
        if (name === 'meta') {
          const key = (attribs['property'] || attribs['name'] || attribs['itemprop'] || attribs['http-equiv'] || '').toLowerCase().trim();
          if (key) metas.push({ key, content: attribs['content'] ?? '' });
          else if (attribs['charset']) metas.push({ key: 'charset', content: attribs['charset'] });
        } else if (name === 'link') {
          if (attribs['rel'] && attribs['href']) links.push({ rel: attribs['rel'].toLowerCase(), href: attribs['href'] });
        } else if (name === 'html') {
          if (!htmlLang) htmlLang = attribs['lang'] || attribs['xml:lang'] || '';
        } else if (name === 'title') {
          // The first <title> is the document's; later ones (inside SVG sprites) are not.
          inTitle = titleText === '';
        }
        if (DROPPED_TAGS.has(name)) {
          dropping = 1;
          if (name === 'script' && (attribs['type'] ?? '').toLowerCase().includes('ld+json')) {
            inJsonLd = true;
            jsonBuffer = '';
          }
          return;
        }
        if (depth >= MAX_TREE_DEPTH) {
          ignoredOpen++;
          return;
        }
        const el: HtmlElement = { type: 'element', tag: name, attrs: attribs, children: [], parent: current };
        current.children.push(el);
        current = el;
        depth++;
        lastText = null;
      },
      ontext(data) {
        if (inJsonLd) {
          jsonBuffer += data;
          return;
        }
        if (inTitle) titleText += data;
        if (dropping > 0) return;
        if (lastText && lastText.parent === current && current.children[current.children.length - 1] === lastText) {
          lastText.text += data;
          return;
        }
        const node: HtmlText = { type: 'text', text: data, parent: current };
        current.children.push(node);
        lastText = node;
      },
      onclosetag(name) {
        parserDepth--;
        if (name === 'title') inTitle = false;
        if (dropping > 0) {
          dropping--;
          if (dropping === 0 && inJsonLd) {
            jsonLd.push(jsonBuffer);
            inJsonLd = false;
          }
          return;
        }
        if (ignoredOpen > 0) {
          ignoredOpen--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
        lastText = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Written in chunks so that a pathologically deep page is cut where it gets too deep.
  let cut = false;
  for (let i = 0; i < html.length; i += PARSE_CHUNK_CHARS) {
    if (tooDeep) {
      cut = true;
      break;
    }
    parser.write(html.slice(i, i + PARSE_CHUNK_CHARS));
  }
  parser.end();
  return { root, metas, links, titleText: titleText.replace(/\s+/g, ' ').trim(), htmlLang, jsonLd, truncated: truncated || cut };
}
