import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { renderLoaded } from '../../helpers/widget.js';
import { SAMPLE, enhancedContrastViolations, find, findAll, press, resetPage, restorePage, root, waitFor } from './helpers.js';

const load = async () => (await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`)).el;

/** The three screens with most controls: start, results with filters, an offer. */
async function eachScreen(el: SeniorServiceFinder, check: (screen: string) => Promise<void> | void): Promise<void> {
  await check('start');
  await press(el, find(el, '.ssf-tile', 'Beratung'));
  await check('results');
  await press(el, find(el, '.ssf-card h4 a', 'Seniorenberatung Herne-Mitte'));
  await waitFor(() => root(el).querySelector('article.ssf-detail'), 'the detail view');
  await check('detail');
}

/** Controls smaller than 44 × 44 CSS pixels (hidden ones aside). */
function smallTargets(el: SeniorServiceFinder): string[] {
  return findAll(el, 'a[href], button, input, select')
    .map((node) => [node, node.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width > 0 && (box.width < 44 || box.height < 44))
    .map(([node, box]) => `${node.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`);
}

describe('<senior-service-finder>: layout for older users', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    restorePage();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  });

  it('has base text of 18 px and every target at least 44 × 44 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await load();
    await eachScreen(el, (screen) => {
      expect(parseFloat(getComputedStyle(root(el).querySelector('.ssf-finder')!).fontSize), screen).to.be.at.least(18);
      expect(smallTargets(el), screen).to.deep.equal([]);
    });
  });

  it('reflows at 320 px without horizontal scrolling, also at A++', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await load();
    await press(el, find(el, '.ssf-sizes button', 'A++'));
    await eachScreen(el, (screen) => {
      // Names what sticks out, so a failure says where.
      const edge = el.getBoundingClientRect().right + 1;
      const wide = [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge).map((e) => `${e.localName}.${e.getAttribute('class') ?? ''} ${(e.textContent ?? '').slice(0, 30)}`);
      expect(wide, screen).to.deep.equal([]);
      expect(el.scrollWidth, screen).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth, screen).to.be.at.most(320);
    });
  });

  it('works at 200 % zoom (640 CSS px on a 1280 px window)', async () => {
    await setViewport({ width: 640, height: 400 });
    const el = await load();
    await eachScreen(el, (screen) => {
      expect(document.documentElement.scrollWidth, screen).to.be.at.most(640);
      expect(smallTargets(el), screen).to.deep.equal([]);
    });
  });

  it('keeps text contrast at 7:1 (WCAG AAA) on every screen', async () => {
    const el = await load();
    await expect(el).to.be.accessible();
    await eachScreen(el, async (screen) => {
      await press(el, findAll(el, '[aria-pressed]')[0]!).catch(() => undefined);
      expect(await enhancedContrastViolations(el), screen).to.deep.equal([]);
    });
  });

  it('shows pressed toggles without colour in forced colours', async function () {
    await emulateMedia({ forcedColors: 'active' } as never).catch(() => undefined);
    // The puppeteer launchers cannot emulate forced colours; the page tests (playwright) cover it there.
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    const toggle = find(el, '.ssf-toggle', 'Kostenlos');
    await press(el, toggle);
    const pressed = find(el, '.ssf-toggle', 'Kostenlos');
    // The check mark is drawn in the text's (forced) colour.
    const check = pressed.querySelector('svg[data-symbol="check"]')!;
    expect(getComputedStyle(check).stroke).to.equal(getComputedStyle(pressed).color);
    expect(getComputedStyle(pressed).borderTopWidth).to.equal('4px');
    await expect(el).to.be.accessible();
  });
});

describe('<senior-service-finder>: print', () => {
  beforeEach(resetPage);
  afterEach(async () => {
    restorePage();
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  });

  it('prints the Merkliste in large type without the controls', async function () {
    // Firefox under WebDriver BiDi cannot emulate print media; Chromium runs this test.
    if (!(await emulateMedia({ media: 'screen' }).then(() => true, () => false))) this.skip();
    localStorage.setItem('herne-widgets.senior-service-finder.merkliste', JSON.stringify(['5e2a0001-0000-4000-8000-000000000009']));
    const el = await load();
    await press(el, find(el, '.ssf-toolbar a', 'Merkliste'));
    await waitFor(() => root(el).querySelector('.ssf-saved .ssf-card'), 'the Merkliste');
    await emulateMedia({ media: 'print' });
    const finder = root(el).querySelector('.ssf-finder')!;
    expect(parseFloat(getComputedStyle(finder).fontSize)).to.be.closeTo(21.33, 0.1); // 16 pt
    expect(getComputedStyle(root(el).querySelector('.ssf-toolbar')!).display).to.equal('none');
    expect(getComputedStyle(find(el, 'button', 'Merkliste drucken')).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.ssf-saved .ssf-card')!).display).to.not.equal('none');
  });
});
