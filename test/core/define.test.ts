import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

let counter = 0;
const uniqueTag = () => `test-define-${Date.now().toString(36)}-${(counter += 1)}`;

/** Collects console.warn calls while `action` runs. */
function warnings(action: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    expect(defineElement(tag, Element)).to.equal(Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('is silent when the same version registers twice (two bundles on one page)', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    const seen = warnings(() => {
      defineElement(tag, First);
      defineElement(tag, Second);
      defineElement(tag, First);
    });
    expect(seen).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns, naming both versions, when another version holds the tag, and keeps the first', () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class New extends HTMLElement {
      static version = '9.9.9';
    }
    const seen = warnings(() => {
      defineElement(tag, Old);
      defineElement(tag, New);
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain(`<${tag}> 0.0.1 is already defined; 9.9.9 was not registered`);
    expect(customElements.get(tag)).to.equal(Old);
  });

  it('lets a partner register a registered class under a tag of its own', () => {
    const ours = uniqueTag();
    const theirs = uniqueTag();
    class Widget extends HTMLElement {}
    defineElement(ours, Widget);
    const registered = defineElement(theirs, Widget)!;
    expect(registered).to.not.equal(Widget);
    expect(document.createElement(theirs)).to.be.instanceOf(Widget);
  });

  it('carries the version of package.json', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(version);
  });
});
