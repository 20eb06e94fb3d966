import type { Plugin } from 'vite'

/**
 * Inlines the built stylesheet into index.html: the page is small, and one request fewer before
 * the first paint is worth more on a slow phone than caching a few kilobytes of CSS.
 */
export function inlineCss(): Plugin {
  return {
    name: 'inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = Object.values(bundle).find((file) => file.fileName === 'index.html')
      if (html?.type !== 'asset' || typeof html.source !== 'string') return
      let source = html.source
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue
        const tag = new RegExp(`<link rel="stylesheet"[^>]*href="/${file.fileName}"[^>]*>`)
        if (!tag.test(source)) continue
        source = source.replace(tag, () => `<style>${String(file.source)}</style>`)
        // A lazily loaded chunk that shares the stylesheet still preloads it by name: the file then
        // stays beside the page. Otherwise Rollup's way to drop an emitted file is to remove it.
        const shared = Object.values(bundle).some(
          (chunk) =>
            chunk.type === 'chunk' && chunk.viteMetadata?.importedCss.has(file.fileName) === true,
        )
        if (!shared) Reflect.deleteProperty(bundle, file.fileName)
      }
      html.source = source
    },
  }
}
