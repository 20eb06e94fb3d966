import { useId, useState, type SubmitEvent } from 'react'
import * as z from 'zod/mini'
import { acceptedFileTypes, sourceTextFromFile } from '../../lib/workspace/html-to-text'
import type { SourceVersion } from '../../lib/workspace/records'

export type SourceFields = Omit<SourceVersion, 'id' | 'version' | 'addedAt'>

const urlSchema = z.url({ protocol: /^https?$/ })

/** The fields of a source, or what is wrong with them in words a person can act on. */
export function validateSource(fields: Record<string, string>): SourceFields | string[] {
  const problems: string[] = []
  const title = (fields.title ?? '').trim()
  const text = fields.text ?? ''
  const url = (fields.url ?? '').trim()
  const published = (fields.published ?? '').trim()
  if (!title) problems.push('Give the source a title.')
  if (!text.trim()) problems.push('Paste the source’s text or open a file.')
  if (url && !urlSchema.safeParse(url).success)
    problems.push('The URL must be a full web address starting with http:// or https://.')
  if (published && !z.iso.date().safeParse(published).success)
    problems.push('The publication date must be a calendar date.')
  if (problems.length > 0) return problems
  return {
    title,
    outlet: (fields.outlet ?? '').trim(),
    published: published || null,
    url: url || null,
    language: (fields.language ?? '').trim() || 'en',
    // Stored verbatim: offsets into it must mean the same words for ever.
    text,
    eventId: null,
  }
}

export function SourceForm({
  initial,
  onSave,
  submitLabel,
}: {
  initial?: SourceFields
  onSave: (fields: SourceFields) => Promise<boolean>
  submitLabel: string
}) {
  const id = useId()
  const [text, setText] = useState(initial?.text ?? '')
  const [problems, setProblems] = useState<string[]>([])

  const openFile = async (file: File | undefined) => {
    if (!file) return
    if (!/\.(txt|md|html?)$/i.test(file.name)) {
      setProblems([`“${file.name}” is not a .txt, .md or .html file.`])
      return
    }
    setText(sourceTextFromFile(file.name, await file.text()))
    setProblems([])
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = Object.fromEntries(
      [...new FormData(form).entries()].map(([key, value]) => [
        key,
        typeof value === 'string' ? value : '',
      ]),
    )
    const result = validateSource({ ...values, text })
    if (Array.isArray(result)) return setProblems(result)
    setProblems([])
    if (await onSave(result)) {
      if (!initial) {
        form.reset()
        setText('')
      }
    }
  }

  return (
    <form className="workspace-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} name="title" defaultValue={initial?.title} required />
      <label htmlFor={`${id}-outlet`}>Outlet</label>
      <input id={`${id}-outlet`} name="outlet" defaultValue={initial?.outlet} />
      <label htmlFor={`${id}-published`}>Publication date</label>
      <input
        id={`${id}-published`}
        name="published"
        type="date"
        defaultValue={initial?.published ?? ''}
      />
      <label htmlFor={`${id}-url`}>URL</label>
      <input id={`${id}-url`} name="url" type="url" defaultValue={initial?.url ?? ''} />
      <label htmlFor={`${id}-language`}>Language</label>
      <input id={`${id}-language`} name="language" defaultValue={initial?.language ?? 'en'} />
      <label htmlFor={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
      />
      <label htmlFor={`${id}-file`}>Or open a .txt, .md or .html file</label>
      <input
        id={`${id}-file`}
        type="file"
        accept={acceptedFileTypes}
        onChange={(event) => void openFile(event.target.files?.[0])}
      />
      {problems.length > 0 && (
        <ul className="workspace-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
