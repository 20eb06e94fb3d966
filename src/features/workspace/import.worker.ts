import { expose } from 'comlink'
import { createImportService } from '../../lib/workspace/import-service'

// Imports are read here, off the page's thread: a file of 100,000 rows is parsed and checked
// against the workspace while the page keeps drawing, showing how far it got, and answering its
// Cancel button, which ends this worker.
expose(createImportService())
