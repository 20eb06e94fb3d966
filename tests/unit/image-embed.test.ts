import { expect, test } from 'vitest'
import { imageEmbedCode, viewLink } from '../../src/features/embed/embed-code'

/** The snippet as a page reads it: the link and the image, their attributes unescaped. */
function parsed(code: string) {
  const body = new DOMParser().parseFromString(code, 'text/html').body
  const link = body.querySelector('a')
  const image = link?.querySelector('img')
  return { count: body.children.length, href: link?.getAttribute('href'), image }
}

test('the image embed is an image inside a link to the view, its alt text the chart’s words', () => {
  const href = 'https://tracker.example/?stance=condemns,urges-halt'
  const alt = 'How many take each stance. The 5 actors placed on the scale, by overall stance.'
  const {
    count,
    href: linked,
    image,
  } = parsed(imageEmbedCode({ href, src: 'reactions-karabakh-2023-distribution.png', alt }))
  expect(count).toBe(1)
  expect(linked).toBe(href)
  expect(image?.getAttribute('src')).toBe('reactions-karabakh-2023-distribution.png')
  expect(image?.getAttribute('alt')).toBe(alt)
  // Never wider than the column it is pasted in.
  expect(image?.getAttribute('style')).toContain('max-width:100%')
})

test('nothing in the words can break out of the snippet: quotes and brackets are escaped', () => {
  // A fictional actor's name, written to try every character that ends an attribute or a tag.
  const alt = 'Where each actor stands. Supports: “Nor” & "Vania" <script>alert(1)</script>'
  const href = 'https://tracker.example/?q="><script>&stance=condemns'
  const code = imageEmbedCode({ href, src: 'a "b".png', alt })
  expect(code).not.toContain('<script>')
  const { count, href: linked, image } = parsed(code)
  expect(count).toBe(1)
  expect(linked).toBe(href)
  expect(image?.getAttribute('alt')).toBe(alt)
  expect(image?.getAttribute('src')).toBe('a "b".png')
})

test('the link is the view’s address, out of embed mode, frozen to a version where chosen', () => {
  const page = 'http://localhost:5173/?stance=condemns%2Curges-halt&embed=chart%3Amap#charts'
  expect(viewLink(page, null)).toBe('http://localhost:5173/?stance=condemns,urges-halt')
  expect(viewLink(page, '2026-11-27.1')).toBe(
    'http://localhost:5173/?stance=condemns,urges-halt&version=2026-11-27.1',
  )
})
