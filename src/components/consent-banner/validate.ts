/*
 * The check of a configuration. Loaded with the lazy part: the core asks for it when it meets a configuration
 * it has not checked before (see fingerprint in config.ts) and applies nothing until the answer is in.
 */

/** What a field must be; each kind has a test (in configProblem) and a description (EXPECTED). */
type Kind = 'revision' | 'days' | 'text' | 'localized' | 'url' | 'boolean' | 'paths' | 'id' | 'cookies' | 'adapter' | 'services';

interface Field {
  readonly key: string;
  readonly kind: Kind;
  /** Whether it may be left out. */
  readonly optional: boolean;
}

const required = (key: string, kind: Kind): Field => ({ key, kind, optional: false });
const optional = (key: string, kind: Kind): Field => ({ key, kind, optional: true });

/** The fields of a configuration (types.ts: ConsentConfig), in the order they are checked. */
const CONFIG_FIELDS: readonly Field[] = [
  required('revision', 'revision'),
  required('privacyUrl', 'url'),
  required('imprintUrl', 'url'),
  required('services', 'services'),
  optional('validityDays', 'days'),
  optional('cookieDomain', 'text'),
  optional('legalPages', 'paths'),
  optional('respectGpc', 'boolean'),
  optional('endpoint', 'url'),
  optional('text', 'localized'),
];

/** The fields of each service (types.ts: ConsentService). */
const SERVICE_FIELDS: readonly Field[] = [
  required('id', 'id'),
  required('category', 'localized'),
  required('name', 'localized'),
  required('provider', 'localized'),
  required('purpose', 'localized'),
  required('data', 'localized'),
  required('cookies', 'cookies'),
  required('privacyUrl', 'url'),
  optional('essential', 'boolean'),
  optional('adapter', 'adapter'),
];

/** The longest validity, in days: 13 months. */
const MAX_VALIDITY_DAYS = 395;

const EXPECTED: Readonly<Record<Kind, string>> = {
  revision: 'eine ganze Zahl ab 1',
  days: `eine ganze Zahl von 1 bis ${MAX_VALIDITY_DAYS}`,
  text: 'ein Text',
  localized: 'ein Text oder {"de": …, "en": …}',
  url: 'eine http(s)-Adresse',
  boolean: 'true oder false',
  paths: 'eine Liste von Pfaden, die mit / beginnen',
  id: 'eine eindeutige Kennung aus Buchstaben, Ziffern, - und _',
  cookies: 'eine Liste von {"name": …, "lifetime": …}',
  adapter: '"etracker"',
  services: 'eine nicht leere Liste von Diensten',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A field of whatever arrived (undefined when it is no object). */
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isList = (value: unknown, each: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(each);
const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** A text, or German with optional English. */
function isLocalized(value: unknown): boolean {
  if (isText(value)) return true;
  const english = field(value, 'en');
  return isText(field(value, 'de')) && (english === undefined || isText(english));
}

function isHttpUrl(value: unknown): boolean {
  if (!isText(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/**
 * What is wrong with a configuration, in German, naming the first wrong field and what it must be
 * („services[2].privacyUrl“ fehlt, erwartet: eine http(s)-Adresse); undefined when it is valid.
 */
export function configProblem(config: unknown): string | undefined {
  const ids = new Set<string>();
  const isNewId = (value: unknown): boolean => {
    if (!isText(value) || !/^[\w-]+$/.test(value) || ids.has(value)) return false;
    ids.add(value);
    return true;
  };
  const tests: Readonly<Record<Kind, (value: unknown) => boolean>> = {
    revision: isPositiveInteger,
    days: (value) => isPositiveInteger(value) && value <= MAX_VALIDITY_DAYS,
    text: isText,
    localized: isLocalized,
    url: isHttpUrl,
    boolean: (value) => typeof value === 'boolean',
    paths: (value) => isList(value, (path) => isText(path) && path.startsWith('/')),
    id: isNewId,
    cookies: (value) => isList(value, (cookie) => isText(field(cookie, 'name')) && isLocalized(field(cookie, 'lifetime'))),
    adapter: (value) => value === 'etracker',
    services: (value) => Array.isArray(value) && value.length > 0,
  };
  /** The first problem of one object (`path` names it: "" for the configuration, "services[2]." for a service). */
  const check = (object: unknown, fields: readonly Field[], path: string): string | undefined => {
    if (!isObject(object)) return `„${path.slice(0, -1) || 'Konfiguration'}“ ist kein Objekt {…}`;
    for (const { key, kind, optional: mayBeMissing } of fields) {
      const value = object[key];
      if (value === undefined && mayBeMissing) continue;
      if (!tests[kind](value)) return `„${path}${key}“ ${value === undefined ? 'fehlt' : 'ist ungültig'}, erwartet: ${EXPECTED[kind]}`;
    }
    return undefined;
  };
  const problem = check(config, CONFIG_FIELDS, '');
  if (problem !== undefined) return problem;
  const services = field(config, 'services') as readonly unknown[];
  for (const [index, service] of services.entries()) {
    const serviceProblem = check(service, SERVICE_FIELDS, `services[${index}].`);
    if (serviceProblem !== undefined) return serviceProblem;
  }
  return undefined;
}
