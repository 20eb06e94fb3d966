// Writes src/app/tokens.css from the design tokens: `npm run tokens`.
import { writeFileSync } from 'node:fs'
import { tokensCss } from '../src/lib/design/tokens.ts'

writeFileSync(new URL('../src/app/tokens.css', import.meta.url), tokensCss())
