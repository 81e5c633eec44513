import type { PageLocale } from './messages.js';

/*
 * The option fields of each element, read from the custom elements manifest (dist/custom-elements.json,
 * generated from the JSDoc on the element classes), so that the manifest stays the one source of the API.
 * Only the German wording lives here; an attribute without it is shown with its name and the manifest's text.
 */

export type OptionKind = 'boolean' | 'number' | 'text';

export interface OptionField {
  /** The attribute's name. */
  name: string;
  kind: OptionKind;
  /** The default as written in the manifest when it is a literal ("12", "false"); undefined for a constant's name. */
  defaultValue: string | undefined;
  label: string;
  /** The short explanation below the field. */
  help: string;
}

/** German labels and explanations, keyed by attribute name; English labels (the explanation is the manifest's). */
const WORDING: Record<string, { de: [label: string, help: string]; en: string }> = {
  'heading-level': {
    de: ['Überschriftenebene', 'Ebene der Hauptüberschrift (1 bis 5), passend zur Gliederung Ihrer Seite: meist 2, unter einer Zwischenüberschrift 3.'],
    en: 'Heading level',
  },
  timeout: { de: ['Wartezeit in Sekunden', 'So lange wartet das Element auf jede Antwort des Servers, bevor es einen Fehler zeigt.'], en: 'Time-out in seconds' },
  'hide-header': {
    de: ['Kopf ausblenden', 'Blendet Gremium, Datum, Nummer und Titel aus, wenn Ihre Seite sie direkt darüber schon zeigt (für Vorlesehilfen bleiben sie da).'],
    en: 'Hide the header',
  },
  map: { de: ['Karte anbieten', 'Bietet eine Karte der Ergebnisse an. Die Kartenbilder laden erst, wenn jemand die Karte öffnet und zustimmt.'], en: 'Offer a map' },
  'map-tiles': { de: ['Adresse der Kartenbilder', 'Vorlage der Kachel-Adresse; leer lassen für OpenStreetMap.'], en: 'Map tile URL' },
  'map-attribution': { de: ['Quellenangabe der Karte', 'Wird auf der Karte gezeigt (nur Text); leer lassen für OpenStreetMap.'], en: 'Map attribution' },
  'map-consent': {
    de: ['Dienstname im Cookie-Banner', 'Unter diesem Namen kennt Ihr Cookie-Banner die Kartenbilder; leer lassen für „openstreetmap“.'],
    en: 'Consent service name',
  },
  'route-url': { de: ['Adresse für Wegbeschreibungen', 'Mit {lat}, {lon} oder {address}; leer lassen für OpenStreetMap.'], en: 'Route link template' },
  'no-hash': {
    de: ['Adresszeile nicht verändern', 'Nur einschalten, wenn Ihre Seite den Teil nach # selbst nutzt; dann lassen sich Ergebnisse nicht als Link weitergeben.'],
    en: 'Keep the URL hash',
  },
  'stale-after-months': {
    de: ['Hinweis auf alte Einträge nach Monaten', 'Nach so vielen Monaten ohne Prüfung zeigt ein Angebot einen sanften Hinweis.'],
    en: 'Stale after months',
  },
};

interface ManifestAttribute {
  name?: unknown;
  type?: { text?: unknown };
  default?: unknown;
  description?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The attributes the manifest lists for `tag` (inherited ones included). */
function attributesOf(manifest: unknown, tag: string): ManifestAttribute[] {
  const modules = isObject(manifest) && Array.isArray(manifest['modules']) ? (manifest['modules'] as unknown[]) : [];
  for (const module of modules) {
    const declarations = isObject(module) && Array.isArray(module['declarations']) ? (module['declarations'] as unknown[]) : [];
    for (const declaration of declarations) {
      if (isObject(declaration) && declaration['tagName'] === tag && Array.isArray(declaration['attributes'])) {
        return (declaration['attributes'] as unknown[]).filter(isObject);
      }
    }
  }
  return [];
}

function kindOf(typeText: string): OptionKind {
  if (/\bboolean\b/.test(typeText)) return 'boolean';
  if (/\bnumber\b/.test(typeText)) return 'number';
  return 'text';
}

/** A literal default (a number, true/false, a quoted string) as text; a constant's name tells a person nothing. */
function literalDefault(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^-?\d+(?:\.\d+)?$|^(?:true|false)$/.test(value)) return value;
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : undefined;
}

/**
 * The option fields of `tag`, in manifest order, without the attributes the builder sets itself (`skip`:
 * the data address, say). Empty when the manifest does not know the element.
 */
export function optionsFromManifest(manifest: unknown, tag: string, skip: readonly string[], locale: PageLocale): OptionField[] {
  const fields: OptionField[] = [];
  for (const attribute of attributesOf(manifest, tag)) {
    if (typeof attribute.name !== 'string' || skip.includes(attribute.name)) continue;
    if (fields.some((field) => field.name === attribute.name)) continue;
    const description = typeof attribute.description === 'string' ? attribute.description.replace(/\s+/g, ' ').trim() : '';
    const wording = WORDING[attribute.name];
    const german = locale === 'de' && wording !== undefined;
    fields.push({
      name: attribute.name,
      kind: kindOf(typeof attribute.type?.text === 'string' ? attribute.type.text : ''),
      defaultValue: literalDefault(attribute.default),
      label: german ? wording.de[0] : (wording?.en ?? attribute.name),
      help: german ? wording.de[1] : description,
    });
  }
  return fields;
}
