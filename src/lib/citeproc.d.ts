// citeproc-js ships no types; these are the parts the Cite dialog uses.
declare module 'citeproc' {
  type Sys = {
    retrieveLocale: (lang: string) => string
    retrieveItem: (id: string) => unknown
  }
  type BibliographyMeta = { entry_ids: string[][] }
  type Engine = {
    setOutputFormat: (format: 'text' | 'html' | 'rtf') => void
    updateItems: (ids: readonly string[]) => void
    makeBibliography: () => false | [BibliographyMeta, string[]]
  }
  const CSL: {
    Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine
  }
  export default CSL
}
