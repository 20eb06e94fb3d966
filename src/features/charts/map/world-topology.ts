import * as z from 'zod/mini'
import type { Topology } from 'topojson-specification'

const properties = z.object({ name: z.string() })
const polygonSchema = z.object({
  type: z.literal('Polygon'),
  id: z.optional(z.string()),
  properties,
  arcs: z.array(z.array(z.int())),
})
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  id: z.optional(z.string()),
  properties,
  arcs: z.array(z.array(z.array(z.int()))),
})
const countrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema])
export type TopologyCountry = z.infer<typeof countrySchema>

// Only what the map reads is checked; the arcs' points are numbers the drawing code tolerates.
const topologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(countrySchema),
    }),
  }),
})
export type WorldTopology = z.infer<typeof topologySchema> & Topology

/** Checks the map data; a broken file gets a message instead of a blank or garbled map. */
export function parseWorldTopology(data: unknown): WorldTopology {
  const result = topologySchema.safeParse(data)
  if (!result.success)
    throw new Error('The world map’s boundary data could not be read, so the map is not shown.')
  return { ...result.data, objects: { countries: result.data.objects.countries } }
}
