import { expose } from 'comlink'
import { formatStyles } from './cite-styles'

// citeproc builds each style's engine here, off the page's main thread: for the large styles that
// takes a second or more, which the page would otherwise spend unable to answer a click.
expose({ formatStyles })
