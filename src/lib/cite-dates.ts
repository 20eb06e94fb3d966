/** The date as each style writes it, from the day in UTC (dates are days, not instants). */
/** The months' English names, January first. */
export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const monthsMla = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]
const day = (date: Date) => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth(),
  date: date.getUTCDate(),
})
export const apaDay = (date: Date) =>
  `${day(date).year}, ${months[day(date).month] ?? ''} ${day(date).date}`
export const mlaDay = (date: Date) =>
  `${day(date).date} ${monthsMla[day(date).month] ?? ''} ${day(date).year}`
export const chicagoDay = (date: Date) =>
  `${months[day(date).month] ?? ''} ${day(date).date}, ${day(date).year}`
