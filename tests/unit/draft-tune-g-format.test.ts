import { checkSetFormat } from '../fixtures/draft-corpus/set-format'
import { tune } from '../fixtures/draft-corpus/tune'
import { tuneB } from '../fixtures/draft-corpus/tune-b'
import { tuneC } from '../fixtures/draft-corpus/tune-c'
import { tuneD } from '../fixtures/draft-corpus/tune-d'
import { tuneE } from '../fixtures/draft-corpus/tune-e'
import { tuneF } from '../fixtures/draft-corpus/tune-f'
import { tuneG } from '../fixtures/draft-corpus/tune-g'

// The seventh tune set, once the fourth held-out set, still measures the drafts as a floor.
checkSetFormat({
  folder: 'tune-g',
  sources: tuneG,
  split: 'tune',
  size: 12,
  minStatements: 100,
  others: [...tune, ...tuneB, ...tuneC, ...tuneD, ...tuneE, ...tuneF],
  newActors: true,
})
