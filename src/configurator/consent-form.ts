import { configProblem } from '../components/consent-banner/validate.js';
import { slugify } from '../core/sanitize.js';

/*
 * The consent banner's configuration from the builder's form, checked by the banner's own validator, so the
 * builder never produces a configuration the banner would refuse.
 */

export interface ServiceForm {
  name: string;
  /** The heading the service is listed under ("Statistik", "Externe Medien"). */
  category: string;
  provider: string;
  purpose: string;
  /** Which data reach the provider. */
  data: string;
  /** One cookie per line: "name, lifetime" ("_pk_id*, 13 Monate"). */
  cookies: string;
  privacyUrl: string;
}

export interface ConsentForm {
  privacyUrl: string;
  imprintUrl: string;
  /** Raised when services change, so everybody is asked again. */
  revision: string;
  services: ServiceForm[];
}

export const EMPTY_SERVICE: ServiceForm = { name: '', category: 'Statistik', provider: '', purpose: '', data: '', cookies: '', privacyUrl: '' };

/** "Matomo Statistik" → "matomo-statistik": the id `<consent-gate service>` and `data-consent` name. */
export function serviceId(name: string): string {
  return slugify(name);
}

/** The cookie lines as the banner's list; a line without a comma is a name with an unnamed lifetime. */
export function parseCookies(text: string): { name: string; lifetime: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      if (comma < 0) return { name: line, lifetime: '' };
      return { name: line.slice(0, comma).trim(), lifetime: line.slice(comma + 1).trim() };
    });
}

/** The configuration object, as the banner's JSON child holds it. Empty fields stay empty, so the check names them. */
export function consentConfig(form: ConsentForm): Record<string, unknown> {
  const revision = /^\d+$/.test(form.revision.trim()) ? Number(form.revision.trim()) : form.revision.trim();
  return {
    revision,
    privacyUrl: form.privacyUrl.trim(),
    imprintUrl: form.imprintUrl.trim(),
    services: form.services.map((service) => ({
      id: serviceId(service.name),
      category: service.category.trim(),
      name: service.name.trim(),
      provider: service.provider.trim(),
      purpose: service.purpose.trim(),
      data: service.data.trim(),
      cookies: parseCookies(service.cookies),
      privacyUrl: service.privacyUrl.trim(),
    })),
  };
}

const FIELD_LABELS: Record<string, string> = {
  revision: 'Version',
  privacyUrl: 'Link zur Datenschutzerklärung',
  imprintUrl: 'Link zum Impressum',
  services: 'Dienste',
  id: 'Name (daraus entsteht die Kennung)',
  category: 'Kategorie',
  name: 'Name',
  provider: 'Anbieter',
  purpose: 'Zweck',
  data: 'Übertragene Daten',
  cookies: 'Cookies',
};

/**
 * What is wrong with the form, in the banner's words plus the field's label ("Dienst 2, Link zur
 * Datenschutzerklärung: …"); undefined when the banner accepts the configuration.
 */
export function consentFormProblem(form: ConsentForm): string | undefined {
  const problem = configProblem(consentConfig(form));
  if (problem === undefined) return undefined;
  const path = /„(?:services\[(\d+)\]\.)?([A-Za-z]+)“/.exec(problem);
  if (!path) return problem;
  const label = FIELD_LABELS[path[2] ?? ''] ?? path[2];
  const where = path[1] === undefined ? label : `Dienst ${Number(path[1]) + 1}, ${label}`;
  return `${where}: ${problem}`;
}

/** The banner's JSON child; "<" is escaped so no text can end the script element early. */
export function consentChild(form: ConsentForm): string {
  const json = JSON.stringify(consentConfig(form), null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json">\n${json}\n</script>`;
}
