/** Every synthetic text begins with this, so no one mistakes it for a real statement. */
export const syntheticMark = '[Synthetic]'

export const syntheticLabel = 'Synthetic data for testing at scale — not real statements'

/** The offices an actor speaks through; a named one has a (synthetic) person in it. */
export const stateRoles: readonly { office: string; named: boolean }[] = [
  { office: 'head of state', named: true },
  { office: 'head of government', named: true },
  { office: 'foreign minister', named: true },
  { office: 'foreign ministry', named: false },
  { office: 'permanent representative to the UN', named: true },
  { office: 'defence ministry', named: false },
]

export const organisationRoles: readonly { office: string; named: boolean }[] = [
  { office: 'secretary-general', named: true },
  { office: 'spokesperson', named: true },
  { office: 'special envoy', named: true },
  { office: 'secretariat', named: false },
]
