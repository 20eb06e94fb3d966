/** Pins a request to a dataset version (`?version=`); without one the API answers the latest. */
export function withVersion(version: string | null, params = new URLSearchParams()) {
  if (version) params.set('version', version)
  return params
}
