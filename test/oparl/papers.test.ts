import { expect } from '@open-wc/testing';
import { normaliseConsultation, normalisePaper } from '../../src/oparl/papers.js';

/*
 * The readers of papers and consultations (src/oparl/papers.ts), which the agenda's paper chips and the card
 * share, on real captures of three vendors (origins in test/fixtures/README.md).
 */

async function fixture(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/test/fixtures/oparl/${path}`);
  return (await response.json()) as Record<string, unknown>;
}

describe('papers.ts on real captures', () => {
  describe('STERNBERG SD.NET RIM, OParl 1.0 (Hürtgenwald)', () => {
    it('reads every paper of a list page, and one with a hard-wrapped name and one step without a role', async () => {
      const page = await fixture('huertgenwald/paper-list_page-1.json');
      const raw = page['data'] as Record<string, unknown>[];
      const papers = raw.map((entry) => normalisePaper(entry, String(entry['id'])));
      expect(papers).to.have.length(25);
      const paper = papers.find((entry) => entry.reference === '8/2007')!;
      expect(paper.name).to.equal('Nationalpark Eifel Infopunkt in Zerkall;\nhier: Nutzungskonzept');
      expect(paper.paperType).to.equal('Beschlussvorlage');
      expect(paper.mainFile?.url).to.match(/^https:\/\/sdnetrim\.kdvz-frechen\.de\/rim4220\/.+\/Beschlussvorlage_8-2007\.pdf$/);
      expect(paper.web).to.match(/^https:\/\/sdnetrim\.kdvz-frechen\.de\/rim4220\/vorgang\//);
      // One embedded step, no role, no `authoritative`: the reader leaves them unknown rather than guessing.
      expect(paper.consultations).to.have.length(1);
      const [step] = paper.consultations;
      expect(step!.role).to.equal(undefined);
      expect(step!.authoritative).to.equal(undefined);
      // Embedded consultations have no back-reference; the reader puts in the paper's own URL.
      expect(step!.paperUrl).to.equal(paper.id);
      expect(step!.meetingUrl).to.equal('https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/meeting/334');
      expect(step!.agendaItemUrl).to.equal('https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/agendaitem/3561');
    });
  });

  describe('SOMACOS Session, OParl 1.1 (Karlsruhe)', () => {
    it('reads a paper with three steps, their roles and which of them decides', async () => {
      const paper = normalisePaper(await fixture('karlsruhe/papers/54196.json'));
      expect(paper.reference).to.equal('2026/0064');
      expect(paper.consultations.map(({ role, authoritative }) => [role, authoritative])).to.deep.equal([
        ['Kenntnisnahme', true],
        ['Behandlung', true],
        ['Entscheidung', true],
      ]);
      expect(paper.consultations.every((step) => step.paperUrl === paper.id)).to.equal(true);
    });

    it('refuses a deleted paper (a tombstone with empty fields)', async () => {
      const tombstone = await fixture('karlsruhe/papers/54250.json');
      expect(() => normalisePaper(tombstone)).to.throw(/gelöscht/);
    });

    it('reads a consultation fetched on its own: the chip follows its `paper`', async () => {
      const list = (await fixture('karlsruhe/consultations-sample.json')) as unknown as Record<string, unknown>[];
      const consultation = normaliseConsultation(list[0], String(list[0]!['id']));
      expect(consultation.paperUrl).to.equal('https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/54486');
      expect(consultation.meetingUrl).to.equal('https://web1.karlsruhe.de/oparl/bodies/0001/meetings/10747');
      expect(consultation.role).to.equal('Kenntnisnahme');
      expect(consultation.authoritative).to.equal(undefined);
    });
  });

  describe('OParl specification example (1.1)', () => {
    it('reads the example paper', async () => {
      const paper = normalisePaper(await fixture('spec-examples/Paper-01.json'));
      expect(paper.reference).to.equal('1234/2014');
      expect(paper.consultations).to.have.length(1);
    });
  });
});
