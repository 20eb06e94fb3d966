import { layoutColumns, type ColumnsHeader, type Section } from './columns-format'
import { columnsIndex } from './columns-index'
import { buildTokenIndex } from './token-index'
import { serializeTokenIndex } from './token-index-file'

/**
 * The columnar file as chunks, with its token index as the last section, `tokens`, so that a
 * reader adopts it rather than builds it on load (at a million statements, 16 s of the 17 s it
 * took to be ready). The index is built from the search texts as a reader would make them, from
 * the file laid out without it, so its lists are in the engine index's order by construction.
 */
export function layoutWithTokens(
  header: Omit<ColumnsHeader, 'sections'>,
  sections: Record<string, Section>,
): Uint8Array[] {
  const { index } = columnsIndex(joined(layoutColumns(header, sections)))
  const tokens = serializeTokenIndex(buildTokenIndex(index.folded))
  return layoutColumns(header, { ...sections, tokens })
}

function joined(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    file.set(chunk, at)
    at += chunk.byteLength
  }
  return file
}
