import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ResolutionCard } from '../../src/components/resolution-card/resolution-card.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import * as stories from '../../stories/resolution-card.stories.js';

/*
 * Every story of <resolution-card> renders, settles without an uncaught error and passes axe, in the browsers
 * the tests run in (Storybook's own a11y check runs only in Storybook). The stories answer their requests
 * through .storybook/sample-fetch.ts, as in Storybook.
 */

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
const meta = stories.default as unknown as { args: Record<string, unknown>; render: Render };
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args?: Record<string, unknown> }][];

describe('<resolution-card> stories', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  beforeEach(() => {
    // As the stories' decorator does in Storybook.
    setClock(new Date('2026-11-23T12:00:00+01:00'));
    clearFetchCache();
    errors.length = 0;
    window.addEventListener('error', onError);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    setClock(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('has a story for every state named in the issue', () => {
    expect(entries.map(([name]) => name)).to.include.members([
      'Beschlossen',
      'GeaendertBeschlossen',
      'Abgelehnt',
      'TeilweiseBeschlossen',
      'ZurKenntnisGenommen',
      'Verwiesen',
      'Vertagt',
      'Zurueckgezogen',
      'KeineAbstimmung',
      'Empfohlen',
      'Unbekannt',
      'LangerBeschlusstext',
      'NurBeschlussdatei',
      'OhneBeschlusstext',
      'NichtOeffentlich',
      'TeilweiseGeladen',
      'VorlageAlsEingabe',
      'BeratungAlsEingabe',
      'Laden',
      'Fehler',
      'Englisch',
    ]);
  });

  for (const [name, story] of entries) {
    it(`${name} renders and passes axe`, async () => {
      const args = { ...meta.args, ...story.args };
      const template = meta.render(args, {});
      if (name === 'Laden') {
        const el = await fixture<ResolutionCard>(template);
        await el.updateComplete;
        expect(el.querySelector('[role="status"]')!.textContent).to.include('Der Beschluss wird geladen');
        await expect(el).to.be.accessible();
        return;
      }
      const loaded = Promise.race([oneEvent(document, 'widget-loaded'), oneEvent(document, 'widget-error')]);
      const settled = oneEvent(document, 'resolution-settled');
      const el = await fixture<ResolutionCard>(template);
      const event = await loaded;
      expect(event.type).to.equal(name.startsWith('Fehler') ? 'widget-error' : 'widget-loaded');
      if (event.type === 'widget-loaded') await settled;
      await el.updateComplete;
      expect(el.textContent.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }
});
