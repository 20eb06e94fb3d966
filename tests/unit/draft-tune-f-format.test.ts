import { checkSetFormat } from '../fixtures/draft-corpus/set-format'
import { tune } from '../fixtures/draft-corpus/tune'
import { tuneB } from '../fixtures/draft-corpus/tune-b'
import { tuneC } from '../fixtures/draft-corpus/tune-c'
import { tuneD } from '../fixtures/draft-corpus/tune-d'
import { tuneE } from '../fixtures/draft-corpus/tune-e'
import { tuneF } from '../fixtures/draft-corpus/tune-f'

// The sixth tune set, once the third held-out set, still measures the drafts as a floor.
checkSetFormat({
  folder: 'tune-f',
  sources: tuneF,
  split: 'tune',
  size: 10,
  minStatements: 90,
  others: [...tune, ...tuneB, ...tuneC, ...tuneD, ...tuneE],
  newActors: false,
})
