// citation-js ships no types; these are the parts the tests use to read citations back.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string)
    format(format: 'data', options: { format: 'object' }): unknown
  }
}
declare module '@citation-js/plugin-ris'
declare module '@citation-js/plugin-bibtex'
