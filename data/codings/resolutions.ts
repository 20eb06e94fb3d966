/**
 * How each disagreement between coder A (the dataset) and coder B (the blind second coding) was
 * resolved, by its key (the unit's first words and the field). A disagreement without a note shows
 * as unresolved on the method page.
 */
export const resolutions: Readonly<Record<string, string>> = {
  'Azerbaijani President Ilham Aliyev earlier on We|dimension:end-fighting':
    'Kept as A (no position). The warning sets a condition for ending the operation, until the separatists disarm; it does not reject a halt. Codebook 2.0.0 does not say what “opposes” looks like (coder B’s note 5): its next version will.',
  'In a readout of the call, the U.S. Department of|channel':
    'Kept as A (phone call): the channel is the medium of the actor’s own act, Aliyev speaking on the call; the readout is how the article’s source relayed it. The rule left this open (coder B’s note 3); its next version will say so.',
  '“Issues raised by the Azerbaijani side on reinte|quotes':
    'Kept as A: the quote rule leaves out a full stop set just before the closing mark; B kept it where the quotation is a whole sentence. Both are the article’s exact words; the rule will get a worked example (coder B’s note 8).',
}
