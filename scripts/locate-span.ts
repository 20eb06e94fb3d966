// Prints the offsets of a passage in the article, for coding a statement:
//   npm run span -- "exact words from the article"
import { sourceText } from '../data/source-text'

for (const text of process.argv.slice(2)) {
  const start = sourceText.indexOf(text)
  if (start === -1) {
    console.error(`not found in the article: ${JSON.stringify(text)}`)
    process.exitCode = 1
    continue
  }
  const again = sourceText.indexOf(text, start + 1)
  const note =
    again === -1 ? '' : `  // also at ${again}: make the passage longer to be unambiguous`
  console.log(
    `{ start: ${start}, end: ${start + text.length}, text: ${JSON.stringify(text)} },${note}`,
  )
}
