/*
 * The check of a configuration. Loaded with the lazy part: the core asks for it when it meets a configuration
 * it has not checked before (see fingerprint in config.ts) and applies nothing until the answer is in.
 */

// Each field as name:kind, "?" when it may be left out. The kinds are the keys of `valid` and EXPECTED.
const TOP = 'revision:n privacyUrl:u imprintUrl:u services:v validityDays:d? cookieDomain:s? legalPages:p? respectGpc:b? endpoint:u? text:l?';
const SERVICE = 'id:i category:l name:l provider:l purpose:l data:l cookies:c privacyUrl:u essential:b? adapter:a?';
const EXPECTED: Record<string, string> = {
  n: 'eine ganze Zahl ab 1',
  d: 'eine ganze Zahl von 1 bis 395',
  s: 'ein Text',
  l: 'ein Text oder {"de": …, "en": …}',
  u: 'eine http(s)-Adresse',
  b: 'true oder false',
  p: 'eine Liste von Pfaden, die mit / beginnen',
  i: 'eine eindeutige Kennung aus Buchstaben, Ziffern, - und _',
  c: 'eine Liste von {"name": …, "lifetime": …}',
  a: '"etracker"',
  v: 'eine nicht leere Liste von Diensten',
};

/** A field of whatever arrived (undefined when it is no object). */
const field = (value: unknown, key: string): unknown => (typeof value == 'object' && value ? (value as Record<string, unknown>)[key] : undefined);
const isText = (value: unknown): value is string => typeof value == 'string' && value.trim() != '';
const isList = (value: unknown, each: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(each);

/**
 * What is wrong with a configuration, in German, naming the first wrong field and what it must be
 * („services[2].privacyUrl“ fehlt, erwartet: eine http(s)-Adresse); undefined when it is valid.
 */
export function configProblem(config: unknown): string | undefined {
  const ids = new Set<string>();
  const localized = (value: unknown) => isText(value) || (isText(field(value, 'de')) && (field(value, 'en') === undefined || isText(field(value, 'en'))));
  const valid: Record<string, (value: unknown) => boolean> = {
    n: (value) => Number.isInteger(value) && (value as number) > 0,
    d: (value) => Number.isInteger(value) && (value as number) > 0 && (value as number) <= 395,
    s: isText,
    l: localized,
    u: (value) => isText(value) && /^https?:$/.test(new URL(value, location.href).protocol),
    b: (value) => typeof value == 'boolean',
    p: (value) => isList(value, (path) => isText(path) && path[0] == '/'),
    i: (value) => isText(value) && /^[\w-]+$/.test(value) && !ids.has(value) && !!ids.add(value),
    c: (value) => isList(value, (cookie) => isText(field(cookie, 'name')) && localized(field(cookie, 'lifetime'))),
    a: (value) => value == 'etracker',
    v: (value) => Array.isArray(value) && value.length > 0,
  };
  const check = (object: unknown, fields: string, path: string): string | undefined => {
    if (typeof object != 'object' || !object || Array.isArray(object)) return `„${path.slice(0, -1) || 'Konfiguration'}“ ist kein Objekt {…}`;
    for (const entry of fields.split(' ')) {
      const [key = '', kind = ''] = entry.split(':');
      const value = field(object, key);
      let ok = value === undefined && kind[1] == '?';
      try {
        ok ||= valid[kind[0]!]!(value);
      } catch {
        /* an unparsable URL */
      }
      if (!ok) return `„${path}${key}“ ${value === undefined ? 'fehlt' : 'ist ungültig'}, erwartet: ${EXPECTED[kind[0]!]}`;
    }
    return undefined;
  };
  return (
    check(config, TOP, '') ??
    (field(config, 'services') as unknown[]).reduce<string | undefined>((found, service, index) => found ?? check(service, SERVICE, `services[${index}].`), undefined)
  );
}
