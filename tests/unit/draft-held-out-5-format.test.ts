import { checkSetFormat } from '../fixtures/draft-corpus/set-format'
import { heldOut5 } from '../fixtures/draft-corpus/held-out-5'
import { tune } from '../fixtures/draft-corpus/tune'
import { tuneB } from '../fixtures/draft-corpus/tune-b'
import { tuneC } from '../fixtures/draft-corpus/tune-c'
import { tuneD } from '../fixtures/draft-corpus/tune-d'
import { tuneE } from '../fixtures/draft-corpus/tune-e'
import { tuneF } from '../fixtures/draft-corpus/tune-f'
import { tuneG } from '../fixtures/draft-corpus/tune-g'

// The fifth held-out set measures the suggested drafts: none of its sources was seen before.
checkSetFormat({
  folder: 'held-out-5',
  sources: heldOut5,
  split: 'held-out',
  size: 12,
  minStatements: 100,
  others: [...tune, ...tuneB, ...tuneC, ...tuneD, ...tuneE, ...tuneF, ...tuneG],
  newActors: true,
})
