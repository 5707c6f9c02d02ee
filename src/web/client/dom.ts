/**
 * The few browser DOM types the client script uses. The project compiles for Node (no DOM lib,
 * so nothing browser-only leaks into server code); the client declares what it touches here and
 * reaches the browser's globals through `globalThis`. Types only: nothing here exists at run time,
 * so the compiled client is one file.
 */

export interface DomEvent {
  readonly target: unknown;
  readonly key?: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  preventDefault(): void;
}

export interface DomElement {
  textContent: string | null;
  hidden: boolean;
  className: string;
  readonly tagName: string;
  readonly isContentEditable: boolean;
  append(...nodes: Array<DomElement | string>): void;
  replaceChildren(...nodes: Array<DomElement | string>): void;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  addEventListener(type: string, listener: (event: DomEvent) => void): void;
  focus(): void;
}

export interface DomInput extends DomElement {
  value: string;
  disabled: boolean;
}

export interface DomProgress extends DomElement {
  value: number;
  max: number;
}

export interface DomForm extends DomElement {
  reset(): void;
}

export interface DomDocument {
  getElementById(id: string): DomElement | null;
  createElement(tag: string): DomElement;
  readonly activeElement: DomElement | null;
  addEventListener(type: string, listener: (event: DomEvent) => void): void;
}

/** A FormData entry: a string field or an uploaded file. */
export type FormEntry = string | { readonly name: string; readonly size: number };

export interface DomFormData {
  get(name: string): FormEntry | null;
  getAll(name: string): FormEntry[];
  append(name: string, value: FormEntry | string): void;
}

export interface Browser {
  readonly document: DomDocument;
  readonly FormData: new (form?: DomForm) => DomFormData;
  fetch(url: string, init: { method: string; body: DomFormData; headers: Record<string, string> }): Promise<{
    ok: boolean;
    status: number;
    json(): Promise<unknown>;
  }>;
}
