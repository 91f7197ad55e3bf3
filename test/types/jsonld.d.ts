// The part of jsonld.js (which ships no types) the export tests use.
declare module 'jsonld' {
  interface JsonLd {
    toRDF(input: object, options: { format: 'application/n-quads'; safe?: boolean }): Promise<string>;
    expand(input: object, options?: { safe?: boolean }): Promise<object[]>;
  }
  const jsonld: JsonLd;
  export default jsonld;
}
