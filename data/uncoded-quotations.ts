/**
 * Quotation marks in the article that are deliberately attached to no statement's quotes, each with
 * the reason. The data-honesty test checks that every other pair of quotation marks is attached.
 */
export const uncodedQuotations: readonly { text: string; reason: string }[] = [
  {
    text: 'expressed readiness',
    reason:
      'The State Department readout’s wording for what Aliyev said, not Aliyev’s own words: his statement resting on this passage is a paraphrase, and the readout is not a statement of its own (codebook 2.0.0, splitting: a relayed act belongs to the actor whose act is reported).',
  },
]
