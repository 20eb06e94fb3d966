import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

// The linter is what keeps the rooms apart; these plant what it must refuse.
const lint = async (filePath: string, code: string) => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId)
}

test('a dynamic import from the app into the mock API fails lint', async () => {
  const rules = await lint(
    'src/app/app.tsx',
    "export const planted = () => import('../../mocks/faults')\n",
  )
  expect(rules).toContain('import-x/no-restricted-paths')
}, 60_000)

test("the product's data may not import the mock API", async () => {
  const rules = await lint('data/event.ts', "export { faults } from '../mocks/faults'\n")
  expect(rules).toContain('import-x/no-restricted-paths')
}, 60_000)

test('the app may import the product data', async () => {
  const rules = await lint(
    'src/app/engine.worker.ts',
    "export const generator = () => import('../../data/synthetic/generate')\n",
  )
  expect(rules).not.toContain('import-x/no-restricted-paths')
}, 60_000)
