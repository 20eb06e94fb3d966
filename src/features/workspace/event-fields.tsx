import { useId } from 'react'
import { LabelledInput } from '../../components/labelled-input'
import type { WorkspaceActor } from '../../lib/workspace/records'
import { ActorPicker } from './actor-picker'
import { milestoneFields, type EventPicks } from './event-from-form'
import { PartyList } from './party-list'

export const noPicks: EventPicks = {
  initiator: null,
  newInitiator: { name: '', kind: 'state' },
  initiatorIsParty: true,
  parties: [],
  milestones: [],
}

// The time zones this browser's clock knows, offered as the analyst types one.
const timeZones =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []

/**
 * What a new event is about: who set it off and what they did, which the codebook's scale is
 * read against ("Urges Norvania to halt"), the parties, the place and its clock, the days and
 * any milestones. The inputs are the form's own; the actors and rows chosen are held in `picks`.
 */
export function EventFields({
  own,
  picks,
  onChange,
}: {
  own: readonly WorkspaceActor[]
  picks: EventPicks
  onChange: (picks: EventPicks) => void
}) {
  const id = useId()
  const set = (change: Partial<EventPicks>) => onChange({ ...picks, ...change })
  const nextKey = Math.max(0, ...picks.milestones) + 1
  return (
    <fieldset className="workspace-event-fields">
      <legend>The new event: what the reactions are about</legend>
      <LabelledInput label="Title of the new event" name="newEventTitle" />
      <ActorPicker
        own={own}
        label="Initiator"
        noun="initiator"
        chosen={picks.initiator}
        onChoose={(initiator) => set({ initiator })}
        newActor={{ value: picks.newInitiator, onChange: (newInitiator) => set({ newInitiator }) }}
      />
      <label className="workspace-check">
        <input
          type="checkbox"
          checked={picks.initiatorIsParty}
          onChange={(event) => set({ initiatorIsParty: event.target.checked })}
        />{' '}
        The initiator is a party to the conflict
      </label>
      <LabelledInput
        label="What the initiator did, in a few words"
        name="actionShort"
        placeholder="the border closure"
        aria-describedby={`${id}-action`}
      />
      <p id={`${id}-action`} className="workspace-muted">
        With its article, as a label reads it: “Condemns the border closure”.
      </p>
      <LabelledInput
        label="What the initiator did, in full"
        name="actionFull"
        placeholder="the border closure at the crossing"
      />
      <PartyList own={own} parties={picks.parties} onChange={(parties) => set({ parties })} />
      <LabelledInput label="Country" name="country" />
      <LabelledInput
        label="Time zone"
        name="timeZone"
        list={`${id}-zones`}
        placeholder="Europe/Paris"
        autoComplete="off"
      />
      <datalist id={`${id}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <LabelledInput label="First day" name="eventStart" type="date" />
      <LabelledInput label="Last day" name="eventEnd" type="date" />
      <fieldset>
        <legend>Milestones</legend>
        {picks.milestones.length === 0 && <p className="workspace-muted">No milestones.</p>}
        {picks.milestones.map((key, at) => (
          <div key={key} className="workspace-milestone">
            <LabelledInput label={`Milestone ${at + 1}`} name={milestoneFields(key).label} />
            <LabelledInput
              label={`Day of milestone ${at + 1}`}
              name={milestoneFields(key).date}
              type="date"
            />
            <button
              type="button"
              onClick={() => set({ milestones: picks.milestones.filter((held) => held !== key) })}
            >
              Remove milestone {at + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ milestones: [...picks.milestones, nextKey] })}>
          Add a milestone
        </button>
      </fieldset>
    </fieldset>
  )
}
