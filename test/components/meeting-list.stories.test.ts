import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MeetingList } from '../../src/components/meeting-list/meeting-list.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import * as stories from '../../stories/meeting-list.stories.js';

/*
 * Every story of <meeting-list> renders, settles without an uncaught error and passes axe (Storybook's own a11y
 * check runs only in Storybook). The stories answer their requests through .storybook/sample-fetch.ts.
 */

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
const meta = stories.default as unknown as { args: Record<string, unknown>; render: Render };
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args?: Record<string, unknown> }][];

describe('<meeting-list> stories', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  beforeEach(() => {
    clearFetchCache();
    errors.length = 0;
    window.addEventListener('error', onError);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    setClock(undefined);
    expect(errors).to.deep.equal([]);
  });

  for (const [name, story] of entries) {
    it(`${name} renders and passes axe`, async () => {
      const template = meta.render({ ...meta.args, ...story.args }, {});
      if (name === 'Loading' || name === 'NoSource') {
        const el = await fixture<MeetingList>(template);
        await el.updateComplete;
        expect(el.textContent.trim()).to.not.equal('');
        await expect(el).to.be.accessible();
        return;
      }
      const settled = Promise.race([oneEvent(document, 'widget-loaded'), oneEvent(document, 'widget-error')]);
      const el = await fixture<MeetingList>(template);
      const event = await settled;
      expect(event.type).to.equal(name === 'ServerError' ? 'widget-error' : 'widget-loaded');
      await el.updateComplete;
      expect(el.textContent.trim()).to.not.equal('');
      if (name === 'Partial') expect(el.querySelector('[part~="notice"]')?.textContent).to.equal('Einige Angaben konnten nicht geladen werden; die Liste ist vielleicht unvollständig.');
      await expect(el).to.be.accessible();
    });
  }
});
