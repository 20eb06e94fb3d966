import { expose } from 'comlink'
import { codebook } from '../data/codebook'
import { generateSyntheticDataset } from '../data/synthetic/generate'
import { createEngineClient, type EngineClient } from '../src/lib/engine/engine-client'
import { createEngineService, type ResultShaper } from '../src/lib/engine/engine-service'
import type { EngineData } from '../src/lib/engine/types'

/**
 * A synthetic corpus small enough for a unit test, with twelve events so that the shapes drawn
 * from it (map ties, strips) differ from one actor to the next.
 */
export const smallCorpus = () => ({
  ...generateSyntheticDataset({ size: 1_500, events: 12 }),
  codebook,
})

/**
 * The engine's worker side as the page's worker script makes it, shaping with `shape`, joined
 * over a MessageChannel as a Worker would join it, with `corpus` loaded.
 */
export async function engineOverChannel<Request, Shaped>(
  shape: ResultShaper<Request, Shaped>,
  corpus: EngineData,
): Promise<EngineClient<Request, Shaped>> {
  const channel = new MessageChannel()
  expose(createEngineService({ shape }), channel.port1)
  const client = createEngineClient<Request, Shaped>(channel.port2)
  await client.load(corpus)
  return client
}
