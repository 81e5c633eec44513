export interface Translator {
  /** Stops translating text that appears later. */
  stop(): void;
  /** Text nodes translated so far. */
  count(): number;
  /** Resolves once the text that appeared so far is translated. */
  settled(): Promise<void>;
}
export function startTranslator(options?: { root?: Node; observe?: boolean; translate?: (text: string) => string }): Translator;
export function wrapWordsForReadAloud(root?: Node): number;
export interface Reach {
  tag: string;
  visible: number;
  reached: number;
  inInnerText: number;
  missing: string[];
}
export function measureReach(selector: string): Reach[];
