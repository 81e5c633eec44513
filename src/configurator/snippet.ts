/**
 * Builds the HTML snippet an editor pastes into a CMS page: the element's script tag from the
 * city's CDN address plus the element with its attributes. Pure, so the configurator page and the
 * tests share one source of the exact text.
 */
export interface SnippetRequest {
  /** Base address of the element files, e.g. "https://cdn.example.org/herne-widgets/". */
  cdnBase: string;
  /** Custom element tag, e.g. "meeting-agenda". */
  tag: string;
  /** Attributes in the order they should appear; empty or undefined values are left out, `true` is a bare boolean attribute. */
  attributes: ReadonlyArray<readonly [name: string, value: string | true | undefined]>;
  /** Optional light-DOM child (e.g. the consent banner's JSON script), already serialised. */
  child?: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Escapes a value for use inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
}

/** Returns the element's script address under the CDN base (one file per element). */
export function scriptAddress(cdnBase: string, tag: string): string {
  const base = cdnBase.endsWith('/') ? cdnBase : `${cdnBase}/`;
  return `${base}${tag}.js`;
}

/** Returns exactly the snippet shown in the "HTML-Code" field. */
export function buildSnippet(request: SnippetRequest): string {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(request.tag)) {
    throw new Error(`Not a custom element name: ${request.tag}`);
  }
  const attributeText = request.attributes
    .map(([name, value]) => {
      if (value === true) return ` ${name}`;
      if (value === undefined || value === '') return '';
      return ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
  const script = `<script type="module" src="${escapeAttribute(scriptAddress(request.cdnBase, request.tag))}"></script>`;
  const body = request.child === undefined ? '' : `\n  ${request.child}\n`;
  return `${script}\n<${request.tag}${attributeText}>${body}</${request.tag}>`;
}
