// The part of the custom elements manifest schema (dist/custom-elements.json) the stories read.
declare module 'virtual:custom-elements-manifest' {
  export interface Attribute {
    name: string;
    description?: string;
    type?: { text: string };
    default?: string;
  }
  export interface Declaration {
    tagName?: string;
    description?: string;
    attributes?: Attribute[];
    events?: { name?: string; description?: string }[];
  }
  const manifest: { modules: { declarations?: Declaration[] }[] };
  export default manifest;
}
