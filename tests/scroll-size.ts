import { afterEach, beforeEach } from 'vitest'

/** The tallest height set inline on an element inside `element`: what a list sizes itself by. */
const contentHeight = (element: Element) =>
  Array.from(element.querySelectorAll<HTMLElement>('[style]')).reduce(
    (tallest, inner) => Math.max(tallest, Number.parseFloat(inner.style.height) || 0),
    0,
  )

/**
 * jsdom lays nothing out, so every element is 0 pixels tall and a virtualised list would draw no
 * row. Gives the elements of `className` a viewport of `height` pixels and a content as tall as
 * the list inside says it is, as a browser would, for the tests of the file that calls this.
 */
export function stubScrollHeight(className: string, height = 400) {
  const originals = (['clientHeight', 'scrollHeight'] as const).map(
    (key) => [key, Object.getOwnPropertyDescriptor(Element.prototype, key)] as const,
  )
  beforeEach(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains(className) ? height : 0
      },
    })
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains(className) ? contentHeight(this) + height : 0
      },
    })
  })
  afterEach(() => {
    for (const [key, original] of originals)
      if (original) Object.defineProperty(Element.prototype, key, original)
  })
}

/**
 * jsdom's elements do not scroll: `scrollTo` moves nothing and fires nothing. Makes it set the
 * element's `scrollTop` and fire `scroll` soon after, as a browser does, for the tests of the file.
 */
export function stubElementScrolling() {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo')
  beforeEach(() => {
    Object.defineProperty(Element.prototype, 'scrollTo', {
      configurable: true,
      value(this: Element, options?: ScrollToOptions) {
        const top = options?.top
        if (top === undefined) return
        Object.defineProperty(this, 'scrollTop', { configurable: true, value: top })
        // A browser fires `scroll` after the frame, not inside the call.
        setTimeout(() => this.dispatchEvent(new Event('scroll')))
      },
    })
  })
  afterEach(() => {
    if (original) Object.defineProperty(Element.prototype, 'scrollTo', original)
    else Reflect.deleteProperty(Element.prototype, 'scrollTo')
  })
}
