/* global Node, NodeFilter, MutationObserver -- runs in the page (page.evaluate) or in the browser test runner */
// Stand-ins for the tools people use on herne.de, to test that the widgets work with them: Google Translate's
// website widget (replaces every text node with <font><font>translation</font></font>, and keeps translating
// text that appears later) and a read-aloud tool (wraps every word in a <span> to highlight it, as ReadSpeaker
// does while it reads). Plus the measure of issue 8: the share of a widget's visible words that a
// document-level TreeWalker, which does not enter shadow roots, reaches.
//
// Every function is self-contained (no imports, no closures over this module), so page tests and benches can
// run it in the page with `page.evaluate(fn, argument)`; component tests import it directly.

/**
 * Translates the text under `root` as Google Translate's widget does: each text node becomes
 * <font style="vertical-align: inherit"><font style="vertical-align: inherit">translation</font></font>.
 * Skips what the tool skips: scripts, styles, templates, form fields' text, `translate="no"` and
 * `.notranslate`. With `observe`, text added or changed later is translated too (the tool watches the page),
 * until the returned function is called. `translate` defaults to upper case, which tests can recognise.
 * @param {{ root?: Node, observe?: boolean, translate?: (text: string) => string }} [options]
 * @returns {{ stop: () => void, count: () => number, settled: () => Promise<void> }}
 */
export function startTranslator(options = {}) {
  const root = options.root ?? document.body;
  const translate = options.translate ?? ((text) => text.toUpperCase());
  const translated = new WeakSet();
  let count = 0;
  const skip = (node) => {
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (/^(SCRIPT|STYLE|TEMPLATE|TEXTAREA|OPTION|NOSCRIPT)$/.test(element.tagName)) return true;
      if (element.getAttribute('translate') === 'no' || element.classList.contains('notranslate')) return true;
      if (element.getAttribute('translate') === 'yes') return false;
    }
    return false;
  };
  const wrap = (text) => {
    if (translated.has(text) || !text.parentNode || !text.data.trim() || skip(text)) return;
    const outer = document.createElement('font');
    const inner = document.createElement('font');
    outer.style.verticalAlign = 'inherit';
    inner.style.verticalAlign = 'inherit';
    const replacement = document.createTextNode(translate(text.data));
    translated.add(replacement);
    inner.append(replacement);
    outer.append(inner);
    text.replaceWith(outer);
    count += 1;
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return wrap(node);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text);
    texts.forEach(wrap);
  };
  walk(root);
  let observer;
  let pending = Promise.resolve();
  if (options.observe) {
    observer = new MutationObserver((records) => {
      // The tool translates a moment later, as Google's does (it batches and asks its server).
      pending = new Promise((resolve) =>
        setTimeout(() => {
          for (const record of records) {
            if (record.type === 'characterData') wrap(record.target);
            for (const node of record.addedNodes) if (node.isConnected) walk(node);
          }
          resolve();
        }, 0),
      );
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }
  return {
    stop: () => observer?.disconnect(),
    count: () => count,
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await pending;
    },
  };
}

/**
 * Wraps every word under `root` in <span class="hw-test-word">, as a read-aloud tool does to highlight what it
 * reads; spaces stay text nodes between them. Skips `.rs_skip` (not read) and `.rs_preserve` (not to be
 * changed), ReadSpeaker's documented classes, and what no tool reads (scripts, styles, templates).
 * Returns the number of words wrapped.
 * @param {Node} [root]
 */
export function wrapWordsForReadAloud(root = document.body) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const element = text.parentElement;
    if (!text.data.trim() || !element || element.closest('script, style, template, textarea, option, .rs_skip, .rs_preserve, .hw-test-word')) continue;
    texts.push(text);
  }
  let words = 0;
  for (const text of texts) {
    const pieces = text.data.split(/(\s+)/).filter((piece) => piece !== '');
    const nodes = pieces.map((piece) => {
      if (/^\s+$/.test(piece)) return document.createTextNode(piece);
      const span = document.createElement('span');
      span.className = 'hw-test-word';
      span.textContent = piece;
      words += 1;
      return span;
    });
    text.replaceWith(...nodes);
  }
  return words;
}

/**
 * The visible words of each element matching `selector`, and how many of them a TreeWalker over `document`
 * reaches (it does not enter shadow roots, as read-aloud and translation tools do not), and how many
 * `document.body.innerText` holds. A word is visible when its element renders with a size and is not
 * transparent or hidden; text hidden for screen readers only (a 1 px clip) does not count as seen.
 * @param {string} selector
 * @returns {{ tag: string, visible: number, reached: number, inInnerText: number, missing: string[] }[]}
 */
export function measureReach(selector) {
  const shown = (element) => {
    if (!element || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };
  const wordsOf = (text) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  // Every text in the composed tree (shadow roots included): what a person can see.
  const composedTexts = (node, found = []) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) found.push(child);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.shadowRoot) composedTexts(child.shadowRoot, found);
        if (!/^(SCRIPT|STYLE|TEMPLATE)$/.test(child.tagName)) composedTexts(child, found);
      }
    }
    return found;
  };
  const innerText = document.body.innerText;
  return [...document.querySelectorAll(selector)].map((host) => {
    const visible = composedTexts(host).filter((text) => shown(text.parentElement)).flatMap((text) => wordsOf(text.data));
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    const reachable = new Map();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!host.contains(text) || !shown(text.parentElement)) continue;
      for (const word of wordsOf(text.data)) reachable.set(word, (reachable.get(word) ?? 0) + 1);
    }
    let reached = 0;
    const missing = [];
    for (const word of visible) {
      const left = reachable.get(word) ?? 0;
      if (left > 0) {
        reached += 1;
        reachable.set(word, left - 1);
      } else missing.push(word);
    }
    const inInnerText = visible.filter((word) => innerText.includes(word)).length;
    return { tag: host.localName, visible: visible.length, reached, inInnerText, missing: missing.slice(0, 20) };
  });
}
