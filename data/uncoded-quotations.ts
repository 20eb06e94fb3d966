/**
 * Quotation marks in the article that are deliberately attached to no statement's quotes, each with
 * the reason. The data-honesty test checks that every other pair of quotation marks is attached.
 */
export const uncodedQuotations: readonly { text: string; reason: string }[] = [
  {
    text: 'expressed readiness',
    reason:
      'The State Department readout’s wording for what Aliyev said, not Aliyev’s own words: his statement resting on this passage is a paraphrase, and the readout is not a statement of its own (codebook 3.1.0, relayed words and acts: words quoted from the relayer’s report are the relayer’s wording, not the actor’s quotes).',
  },
]
