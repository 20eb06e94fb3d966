import { useId } from 'react'
import { LabelledInput } from '../../components/labelled-input'
import { channelLabels } from '../../lib/labels'
import { channels, dimensionIds, type Channel } from '../../lib/vocabulary'
import { partsOfDay } from '../../lib/workspace/records'
import type { WorkspaceLabels } from './use-labels'

/** Who spoke, when the source says they did, and how: the statement's own inputs, by name. */
export function StatementCircumstances({ speaker }: { speaker: string }) {
  const id = useId()
  return (
    <>
      <LabelledInput label="Speaker" name="speaker" defaultValue={speaker} />
      <LabelledInput label="Office" name="office" />
      <fieldset>
        <legend>Date, as the source words it</legend>
        <LabelledInput
          label="Words of the source"
          name="dateAsWritten"
          placeholder="on Monday morning"
        />
        <LabelledInput label="Earliest day" name="earliest" type="date" />
        <LabelledInput label="Latest day" name="latest" type="date" />
        <label htmlFor={`${id}-part`}>Part of day</label>
        <select id={`${id}-part`} name="partOfDay" defaultValue="">
          <option value="">Not stated</option>
          {partsOfDay.map((part) => (
            <option key={part} value={part}>
              {part}
            </option>
          ))}
        </select>
      </fieldset>
      <label htmlFor={`${id}-channel`}>Channel</label>
      <select id={`${id}-channel`} name="channel" defaultValue="unspecified">
        {channels.map((channel: Channel) => (
          <option key={channel} value={channel}>
            {channelLabels[channel]}
          </option>
        ))}
      </select>
    </>
  )
}

/** The dimensions the statement takes, whom it addresses, and why it is coded so. */
export function StatementPositions({ labels }: { labels: WorkspaceLabels }) {
  const id = useId()
  return (
    <>
      <fieldset>
        <legend>Dimensions the statement takes</legend>
        {dimensionIds.map((dimension) => {
          const question = labels.question(dimension)
          // The codebook's question, in the event's words, describes the box its label names.
          return (
            <div key={dimension} className="workspace-dimension">
              <label className="workspace-check">
                <input
                  type="checkbox"
                  name={`dimension-${dimension}`}
                  aria-describedby={question ? `${id}-${dimension}-question` : undefined}
                />{' '}
                {labels.dimension(dimension)}
              </label>
              {question && (
                <span id={`${id}-${dimension}-question`} className="workspace-muted">
                  {question}
                </span>
              )}
            </div>
          )
        })}
      </fieldset>
      <LabelledInput
        label="Addressees (names, or “all sides”, separated by commas)"
        name="addressees"
      />
      <label htmlFor={`${id}-rationale`}>Rationale</label>
      <textarea id={`${id}-rationale`} name="rationale" rows={3} />
    </>
  )
}
