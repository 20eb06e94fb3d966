import { Term } from '../../../components/term'
import { formatCount } from '../../../lib/format'

/**
 * What the agreement figures can and cannot show, in words: a perfect α on a handful of units
 * is a weak claim, and the page says so beside the number rather than in a footnote.
 */
export function AlphaCaveat({ units, perfect }: { units: number; perfect: boolean }) {
  return (
    <p className="alpha-caveat">
      Read these figures with care. They come from two coders and one article, and rest on at most{' '}
      {formatCount(units)} <Term id="coder">units</Term>; a field’s <Term id="alpha">α</Term> rests
      on fewer where a unit has no value for it (the stance scale counts only statements with a
      stance).{' '}
      {perfect &&
        'An α of 1.000 means the two coders agreed on every unit compared, not that the coding is proven right: on so few units one disagreement more would lower it a long way, and two coders who read a passage the same wrong way still agree.'}{' '}
      A dash means α cannot be computed, as where every unit takes the same value.
    </p>
  )
}
