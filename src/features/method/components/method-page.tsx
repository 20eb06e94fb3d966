import { useEffect, useMemo } from 'react'
import { GlossaryProvider, type GlossaryLinks } from '../../../components/term'
import { actorNames } from '../../../lib/actor-names'
import { codeWords } from '../../../lib/codebook/code-words'
import { formatDay } from '../../../lib/format'
import { glossaryAnchor } from '../../../lib/glossary'
import { bordersNote } from '../../../lib/map-borders'
import { speaksOfTheEvent } from '../../../lib/codebook/event-terms'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { Codebook } from '../../../lib/schemas/codebook'
import type { DatasetMeta } from '../../../lib/schemas/event'
import type { SourceSummary } from '../../../lib/schemas/source'
import { ChangesSection } from './changes-section'
import { GlossarySection } from './glossary-section'
import { ReliabilitySection } from './reliability-section'
import { SourceLimitsSection } from './source-limits-section'
import { DataTable } from '../../../components/data-table'

type Props = {
  codebook: Codebook
  sources: readonly SourceSummary[]
  meta: DatasetMeta
  actors: readonly Actor[]
  /** The codebook's words in the terms of the event in view, or the generic words across events. */
  labels: CodebookLabels
  /** The event in view, or null across events. */
  eventTitle: string | null
}

/** The method in plain words: the codebook, the rule, quotes and paraphrases, sources and limits. */
export function MethodPage({ codebook, sources, meta, actors, labels, eventTitle }: Props) {
  // The codebook's texts in the event's words, with each code named as a reader knows it.
  const words = useMemo(() => {
    const actorName = actorNames(actors)
    const plain = codeWords(codebook, labels, actorName)
    return { labels, actorName, say: (text: string) => plain(labels.fill(text)) }
  }, [codebook, labels, actors])
  const fill = words.say
  // A term on this page links to its entry further down the same page.
  const glossaryLinks = useMemo<GlossaryLinks>(
    () => ({ link: (id) => ({ href: `#${glossaryAnchor(id)}` }), fill: labels.fill }),
    [labels],
  )
  // Links from the cards point at a section (#derivation): bring it into view once it exists.
  useEffect(() => {
    const id = window.location.hash.slice(1)
    const target = id ? document.getElementById(id) : null
    target?.scrollIntoView()
    // The link the reader followed is gone with the page it was on: the section takes the focus.
    target?.focus({ preventScroll: true })
  }, [])
  return (
    <GlossaryProvider value={glossaryLinks}>
      <article className="method" aria-labelledby="method-title">
        <h2 id="method-title">How the reactions are coded</h2>
        <p className="lede">
          Codebook version {codebook.version}, {formatDay(codebook.updatedAt)}; dataset{' '}
          {meta.version}. Every fact comes from one article; every stance comes from the statements
          by the rule below.
        </p>

        <section id="scale" aria-labelledby="scale-heading">
          <h3 id="scale-heading">The stance scale</h3>
          <p>Each statement’s stance toward {labels.terms.action}, on an ordered scale:</p>
          {speaksOfTheEvent(codebook.stances.map((stance) => stance.label).join(' ')) && (
            <p>
              This codebook writes the scale from the event’s initiator and action:{' '}
              {eventTitle
                ? `here from ${eventTitle} (${labels.terms.initiator}, ${labels.terms.action})`
                : 'here in the generic words, as a view across events compares them'}
              . Another event reads in its own initiator’s and action’s words, with the same ranks.
            </p>
          )}
          <DataTable
            className="data-table"
            caption="The stance scale, from supporting to condemning"
            captionHidden
            rows={codebook.stances}
            rowKey={(stance) => stance.id}
            columns={[
              { key: 'rank', label: 'Rank', value: (stance) => stance.rank },
              { key: 'stance', label: 'Stance', value: (stance) => labels.stance(stance.id) },
              {
                key: 'definition',
                label: 'Definition',
                value: (stance) => fill(stance.definition),
              },
              { key: 'example', label: 'Typical wording', value: (stance) => fill(stance.example) },
            ]}
          />
          <p>
            A statement that takes no stance toward {labels.terms.action} itself (a pledge to one
            side, thanks, a call on a party other than the initiator) is coded with no stance.
          </p>
        </section>

        <section id="derivation" aria-labelledby="derivation-heading" tabIndex={-1}>
          <h3 id="derivation-heading">From statements to an actor’s stance</h3>
          <p>{fill(codebook.derivationRule)}</p>
          <p>
            The rule runs in code on every request; no actor’s stance is typed by hand. Each card
            shows how its stance was derived, and each statement carries a one-line reason for its
            coding.
          </p>
        </section>

        {codebook.rules && codebook.rules.length > 0 && (
          <section id="rules" aria-labelledby="rules-heading">
            <h3 id="rules-heading">Coding rules</h3>
            <dl className="method-dimensions">
              {codebook.rules.map((rule) => (
                <div key={rule.id}>
                  <dt>{rule.title}</dt>
                  <dd>{fill(rule.text)}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        <section id="dimensions" aria-labelledby="dimensions-heading">
          <h3 id="dimensions-heading">Dimensions of position</h3>
          <p>
            Beyond the single scale, each statement is coded on six dimensions: it took the
            position, said the opposite, or said nothing about it.
          </p>
          <dl className="method-dimensions">
            {codebook.dimensions.map((dimension) => (
              <div key={dimension.id}>
                <dt>{labels.dimension(dimension.id)}</dt>
                <dd>
                  {fill(dimension.question)} {fill(dimension.definition)}
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section id="quotes" aria-labelledby="quotes-heading">
          <h3 id="quotes-heading">Quote or paraphrase</h3>
          <p>{fill(codebook.quoteRule)}</p>
          <p>
            The article only reports that the European Union, France and Germany “condemned
            Azerbaijan’s military action”: they are shown with the article’s words, marked as
            paraphrase, and never with a quotation of their own.
          </p>
        </section>

        <ReliabilitySection />

        <ChangesSection words={words} />

        <section id="sources" aria-labelledby="sources-heading">
          <h3 id="sources-heading">Sources</h3>
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                “{source.title}”, {source.outlet}
                {source.via ? ` via ${source.via}` : ''}, {formatDay(source.published)}.{' '}
                {source.publishedNote}
              </li>
            ))}
          </ul>
        </section>

        <SourceLimitsSection sources={sources} />

        <section id="borders" aria-labelledby="borders-heading">
          <h3 id="borders-heading">Borders on the map</h3>
          <p>
            A map of reactions takes a side if its borders do. The world map shows internationally
            recognised borders and draws no disputed area as a separate entity.
          </p>
          <p>{bordersNote}</p>
        </section>

        <section id="limits" aria-labelledby="limits-heading">
          <h3 id="limits-heading">Limits</h3>
          <ul>
            <li>
              One article. What it does not report is not here, and its choice of whom to quote
              shapes what is shown.
            </li>
            <li>
              Reported speech. Most statements reach us through the article’s words; only words it
              puts in quotation marks are shown as quotes.
            </li>
            <li>
              Dates to the day at best. The article names weekdays, not dates; statements it does
              not date are shown as falling between the operation’s start and the article’s day.
            </li>
            <li>
              Coding is judgement. The rationale beside each statement says why it was coded as it
              was, so a reader can disagree with a reason rather than a number.
            </li>
          </ul>
        </section>

        <GlossarySection labels={labels} eventTitle={eventTitle} />
      </article>
    </GlossaryProvider>
  )
}
