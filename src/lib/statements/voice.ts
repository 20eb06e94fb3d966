import type { Statement } from '../schemas/statement'

/** Who is speaking for the actor: the named speaker, or else the office the article names. */
export const voiceOf = (statement: Statement) => statement.speaker ?? statement.office

/** Every voice of the statements, once each, in alphabetical order: the speaker filter's options. */
export function speakerOptions(statements: readonly Statement[]): string[] {
  const voices = statements.map(voiceOf).filter((voice): voice is string => voice !== null)
  return [...new Set(voices)].sort((a, b) => a.localeCompare(b))
}
