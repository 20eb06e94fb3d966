/** Marks what the analyst coded in their own workspace, wherever it shows beside the dataset. */
export function YoursMark() {
  return (
    <span
      className="yours-mark"
      title="Coded by you in your workspace; not part of the published dataset"
    >
      Yours
    </span>
  )
}
