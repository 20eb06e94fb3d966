import * as z from 'zod/mini'
import { actorSchema } from '../schemas/actor'
import { eventSchema } from '../schemas/event'
import { sourceSummarySchema } from '../schemas/source'
import { stanceSummarySchema } from '../schemas/stance-summary'

/**
 * The columnar corpus file (docs/data.md, "The columnar corpus"): eight bytes of magic, the
 * header's length as a little-endian uint32, the header as UTF-8 JSON, then the sections, each a
 * little-endian typed array starting on an 8-byte boundary of the file. The header says where.
 */
export const columnsMagic = 'STMTCOLS'

const sectionTypes = {
  int8: Int8Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
} as const
export type SectionType = keyof typeof sectionTypes
export type Section = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array

const sectionSchema = z.object({
  type: z.enum(['int8', 'uint8', 'uint16', 'int32', 'uint32']),
  /** Bytes from the start of the data, which begins at the first 8-byte boundary after the header. */
  offset: z.int().check(z.minimum(0)),
  length: z.int().check(z.minimum(0)),
})

export const columnsHeaderSchema = z.object({
  format: z.literal('statement-columns'),
  version: z.literal(1),
  /** The file says it is synthetic twice, as a flag and in words a person reads. */
  synthetic: z.literal(true),
  notice: z.string().check(z.regex(/synthetic/i)),
  count: z.int().check(z.minimum(0)),
  meta: z.looseObject({ synthetic: z.literal(true), label: z.string() }),
  /** In the order the engine lists them (`order`), which the statements are grouped in. */
  actors: z.array(actorSchema),
  stances: z.array(stanceSummarySchema),
  events: z.array(eventSchema),
  sources: z.array(sourceSummarySchema),
  codebookVersion: z.string(),
  /** The speaker facet's values, which its codes index. */
  speakers: z.array(z.string()),
  dictionaries: z.object({
    order: z.array(z.string()),
    fields: z.array(z.string()),
    values: z.array(z.array(z.string())),
  }),
  /** The end of each statement's search text after its own words: its voice and coded labels. */
  searchTails: z.array(z.string()),
  sections: z.record(z.string(), sectionSchema),
})
export type ColumnsHeader = z.infer<typeof columnsHeaderSchema>

export class ColumnsFileError extends Error {}

const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
const align = (bytes: number) => Math.ceil(bytes / 8) * 8

/** The file as chunks to write one after another: the header, then each section, padded. */
export function layoutColumns(
  header: Omit<ColumnsHeader, 'sections'>,
  sections: Record<string, Section>,
): Uint8Array[] {
  const described: ColumnsHeader['sections'] = {}
  let offset = 0
  for (const [name, data] of Object.entries(sections)) {
    described[name] = { type: typeOf(data), offset, length: data.length }
    offset = align(offset + data.byteLength)
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, sections: described }))
  const start = new Uint8Array(align(12 + json.length))
  start.set(new TextEncoder().encode(columnsMagic))
  new DataView(start.buffer).setUint32(8, json.length, true)
  start.set(json, 12)
  const chunks: Uint8Array[] = [start]
  for (const data of Object.values(sections)) {
    chunks.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    const padding = align(data.byteLength) - data.byteLength
    if (padding > 0) chunks.push(new Uint8Array(padding))
  }
  return chunks
}

/**
 * Reads a columnar corpus: its header, checked, and each section as a typed array over the
 * file's own bytes. Refuses a file that is not one, or that does not say it is synthetic.
 */
export function readColumns(file: Uint8Array<ArrayBuffer>) {
  if (!littleEndian)
    throw new ColumnsFileError('Columnar corpora are read on little-endian machines.')
  if (new TextDecoder().decode(file.subarray(0, 8)) !== columnsMagic)
    throw new ColumnsFileError('This is not a columnar statement corpus.')
  // Typed arrays need their element size's alignment; a file read into a shared pool may lack it.
  const bytes = file.byteOffset % 8 === 0 ? file : file.slice()
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true)
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)))
  } catch {
    throw new ColumnsFileError('The corpus header is not readable JSON.')
  }
  const checked = columnsHeaderSchema.safeParse(raw)
  if (!checked.success) {
    const saysSynthetic = z.object({ synthetic: z.literal(true) }).safeParse(raw).success
    throw new ColumnsFileError(
      saysSynthetic
        ? `The corpus header is not as expected: ${checked.error.message}`
        : 'This corpus does not say it is synthetic; only synthetic corpora are read this way.',
    )
  }
  const header = checked.data
  const dataStart = bytes.byteOffset + align(12 + length)
  const sections = new Map<string, Section>()
  for (const [name, { type, offset, length: count }] of Object.entries(header.sections)) {
    const Type = sectionTypes[type]
    if (align(12 + length) + offset + count * Type.BYTES_PER_ELEMENT > bytes.byteLength)
      throw new ColumnsFileError(`The corpus ends before its section “${name}”.`)
    sections.set(name, new Type(bytes.buffer, dataStart + offset, count))
  }
  /** A section of the type the format gives it; a file whose section differs is refused. */
  function section<T extends SectionType>(name: string, ...types: T[]) {
    const found = sections.get(name)
    if (!found) throw new ColumnsFileError(`The corpus lacks its section “${name}”.`)
    const type = typeOf(found)
    if (!types.some((expected) => expected === type))
      throw new ColumnsFileError(
        `The corpus's section “${name}” is not of type ${types.join(' or ')}.`,
      )
    return found as InstanceType<(typeof sectionTypes)[T]>
  }
  return { header, section }
}

function typeOf(data: Section): SectionType {
  if (data instanceof Int8Array) return 'int8'
  if (data instanceof Uint8Array) return 'uint8'
  if (data instanceof Uint16Array) return 'uint16'
  if (data instanceof Int32Array) return 'int32'
  return 'uint32'
}
