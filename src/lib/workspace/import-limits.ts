import { formatCount } from '../format'

/**
 * What the workspace takes in, and the words that say so. Each is checked before the heavy work:
 * a file's size before it is read, the nesting of a package before it is parsed. The figures are
 * generous for an analyst's work (the article is 6,000 characters; a workspace of 50,000 coded
 * statements exports to about 45 MB) and stop a file that would hold the page for many seconds.
 */
export const importLimits = {
  /** Characters of one source's text, as pasted, opened or imported. */
  sourceCharacters: 2_000_000,
  /** Bytes of a source file opened from disk (HTML is larger than the text it holds). */
  sourceFileBytes: 10 * 1024 * 1024,
  /** Bytes of an exported workspace (.json). */
  packageBytes: 100 * 1024 * 1024,
  /** Bytes of a file of statements (.csv). */
  csvBytes: 50 * 1024 * 1024,
  /** Levels of nested objects and lists in a package; an export uses six. */
  packageDepth: 12,
} as const

const megabytes = (bytes: number) => {
  const value = bytes / (1024 * 1024)
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`
}

/** The limits as the page states them, under the import controls. */
export const limitsText = `A workspace file may be up to ${megabytes(importLimits.packageBytes)}, a file of statements up to ${megabytes(importLimits.csvBytes)}, and a source’s text up to ${formatCount(importLimits.sourceCharacters)} characters. Every statement must point at a source in the file and at an actor the workspace, the dataset or the gazetteer knows.`

const fileKinds = {
  package: { limit: importLimits.packageBytes, noun: 'a workspace file', advice: 'Split the work' },
  csv: { limit: importLimits.csvBytes, noun: 'a file of statements', advice: 'Split the file' },
  source: {
    limit: importLimits.sourceFileBytes,
    noun: 'a source file',
    advice: 'Split the source',
  },
}

/** Why a file is too large to read, or undefined when it is not: asked before it is read. */
export function fileSizeProblem(
  file: { name: string; size: number },
  kind: keyof typeof fileKinds,
): string | undefined {
  const { limit, noun, advice } = fileKinds[kind]
  if (file.size <= limit) return undefined
  return `“${file.name}” is ${megabytes(file.size)}, and ${noun} may be at most ${megabytes(limit)}, so it was not read and nothing was imported. ${advice} into smaller parts.`
}

/** Why a source's text is too long to keep, or undefined when it is not; `name` as said ("“X”"). */
export function sourceTextProblem(text: string, name = 'the source'): string | undefined {
  if (text.length <= importLimits.sourceCharacters) return undefined
  return `The text of ${name} is ${formatCount(text.length)} characters long, and a source may hold at most ${formatCount(importLimits.sourceCharacters)}. Split it into parts.`
}

/**
 * Whether JSON text nests objects and lists deeper than `limit`, read without parsing it: a
 * file nested thousands deep is refused before the parser walks it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if (inString) {
      if (code === 92)
        at += 1 // a backslash escapes the next character
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 123 || code === 91) {
      depth += 1
      if (depth > limit) return true
    } else if (code === 125 || code === 93) depth -= 1
  }
  return false
}
